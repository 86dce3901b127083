#pragma once
// The Later a handler gets from Context::defer(): it keeps the request's Exchange alive
// while the handler's outside work runs, and hands the answer to the pipeline exactly once:
// the handler's, or the pipeline's 503 when the work takes longer than the configured
// bound or is dropped without answering. An answer given while the handler is still running
// (work that finished at once) waits until the pipeline has parked the exchange.

#include "server/Web.h"

#include <QtCore/QTimer>

#include <chrono>
#include <memory>

namespace regie::web {

class RequestPipeline;
struct Exchange;

class DeferredAnswer final : public Later {
public:
    DeferredAnswer(RequestPipeline &pipeline, std::weak_ptr<int> pipelineAlive, std::shared_ptr<Exchange> exchange);
    ~DeferredAnswer() override;

    void answer(std::function<Response(Context &)> finish) override;
    // The handler returned Response::later(): from now on an answer is written at once.
    void park(std::chrono::milliseconds timeout);
    // The handler returned an ordinary response after all: later answers are ignored.
    void abandon();

private:
    enum class State { HandlerRunning, Parked, Done };
    void deliver(const std::function<Response(Context &)> &finish, int errorStatus);

    RequestPipeline &pipeline_;
    std::weak_ptr<int> pipelineAlive_;
    std::shared_ptr<Exchange> exchange_;
    State state_ = State::HandlerRunning;
    std::function<Response(Context &)> early_;
    QTimer timeout_;
};

} // namespace regie::web
