#pragma once
// The cookie session of one request: found from the cookie before the handler runs,
// started or ended by login and logout handlers (SessionControl), and written back after
// the handler returns (flash and language saved, the cookie set or cleared). Keeps the
// session a handler sees and the cookie the response carries in step.

#include "server/Web.h"

#include <QtCore/QString>

#include <memory>

namespace regie::web {

class RealtimeHub;
class SessionStore;

class RequestSessions final : public SessionControl {
public:
    // `https`: browsers reach us over https (Config::httpsOrigin), which names the cookie.
    RequestSessions(SessionStore &store, RealtimeHub &hub, bool https) : store_(store), hub_(hub), https_(https) {}

    Session *begin(const Actor &actor, bool demoLogin) override;
    void end(Session *session) override;
    void endAllFor(qint64 userId, qint64 inwonerId) override;

    // Looks the cookie up. `touch` extends the session (every request except the idle
    // status poll and streams). An expired or unknown id clears the cookie.
    void lookup(const Request &request, bool touch);
    // After the handler: saves what it changed and adds Set-Cookie when needed.
    void finish(Response &response);

    Session *current() const { return current_; }
    // The cookie named a session that timed out (the page says so instead of "log in").
    bool expired() const { return expired_; }

private:
    void adopt(const Session &session);
    void snapshot();
    bool dirty() const;
    void forgetCurrent();

    SessionStore &store_;
    RealtimeHub &hub_;
    bool https_;
    Session *current_ = nullptr;
    std::unique_ptr<Session> loaded_, created_;
    QString setCookie_;
    bool clearCookie_ = false;
    bool expired_ = false;
    QString savedFlash_;
    Language savedLanguage_ = Language::Nederlands;
};

} // namespace regie::web
