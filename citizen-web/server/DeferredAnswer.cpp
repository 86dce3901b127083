#include "server/DeferredAnswer.h"

#include "server/Exchange.h"
#include "server/Pipeline.h"

namespace regie::web {

DeferredAnswer::DeferredAnswer(RequestPipeline &pipeline, std::weak_ptr<int> pipelineAlive,
                               std::shared_ptr<Exchange> exchange)
    : pipeline_(pipeline), pipelineAlive_(std::move(pipelineAlive)), exchange_(std::move(exchange))
{
    timeout_.setSingleShot(true);
    QObject::connect(&timeout_, &QTimer::timeout, &timeout_, [this] { deliver({}, 503); });
}

DeferredAnswer::~DeferredAnswer()
{
    // The work was dropped without an answer: the client must not wait for nothing.
    if (state_ == State::Parked)
        deliver({}, 503);
}

void DeferredAnswer::answer(std::function<Response(Context &)> finish)
{
    if (state_ == State::Done || !finish)
        return;
    if (state_ == State::HandlerRunning) {
        if (!early_)
            early_ = std::move(finish);
        return;
    }
    deliver(finish, 0);
}

void DeferredAnswer::park(std::chrono::milliseconds timeout)
{
    if (state_ != State::HandlerRunning)
        return;
    state_ = State::Parked;
    if (early_) {
        deliver(std::exchange(early_, {}), 0);
        return;
    }
    timeout_.start(timeout);
}

void DeferredAnswer::abandon()
{
    state_ = State::Done;
    early_ = {};
}

void DeferredAnswer::deliver(const std::function<Response(Context &)> &finish, int errorStatus)
{
    state_ = State::Done;
    timeout_.stop();
    std::shared_ptr<Exchange> exchange = std::exchange(exchange_, nullptr);
    if (exchange && !pipelineAlive_.expired())
        pipeline_.answerLater(*exchange, finish, errorStatus);
}

} // namespace regie::web
