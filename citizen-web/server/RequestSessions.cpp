#include "server/RequestSessions.h"

#include "server/RealtimeHub.h"
#include "server/SessionCookie.h"
#include "server/SessionStore.h"

#include <QtCore/QLoggingCategory>

namespace regie::web {
namespace {
Q_LOGGING_CATEGORY(lcSessions, "regie.web.server")
}

Session *RequestSessions::begin(const Actor &actor, bool demoLogin)
{
    const Language language = current_ ? current_->language : Language::Nederlands;
    if (current_) {
        // A login on top of a session replaces it: the old id must die (no fixation).
        store_.destroy(*current_);
        hub_.closeSession(SessionStore::hashId(current_->id));
        current_ = nullptr;
    }
    std::optional<Session> s = store_.create(actor, demoLogin, language);
    if (!s)
        return nullptr;
    created_ = std::make_unique<Session>(*s);
    current_ = created_.get();
    snapshot();
    setCookie_ = s->id;
    clearCookie_ = false;
    return current_;
}

void RequestSessions::end(Session *session)
{
    if (!session)
        return;
    store_.destroy(*session);
    hub_.closeSession(SessionStore::hashId(session->id));
    if (current_ && current_->id == session->id)
        forgetCurrent();
}

void RequestSessions::endAllFor(qint64 userId, qint64 inwonerId)
{
    const QStringList hashes = store_.destroyAllFor(userId, inwonerId);
    for (const QString &h : hashes)
        hub_.closeSession(h);
    if (current_ && hashes.contains(SessionStore::hashId(current_->id)))
        forgetCurrent();
}

void RequestSessions::lookup(const Request &request, bool touch)
{
    const QString cookie = SessionCookie::read(request, https_);
    if (cookie.isEmpty())
        return;
    SessionStore::Lookup found = store_.find(cookie, touch);
    switch (found.state) {
    case SessionStore::State::Valid:
        adopt(found.session);
        break;
    case SessionStore::State::Expired:
        expired_ = true;
        clearCookie_ = true;
        hub_.closeSession(SessionStore::hashId(cookie));
        break;
    case SessionStore::State::None:
        clearCookie_ = true; // a stale or forged id: drop it
        break;
    }
}

void RequestSessions::finish(Response &response)
{
    if (dirty() && !store_.save(*current_))
        qCWarning(lcSessions) << "session save failed";
    if (!setCookie_.isEmpty())
        response.headers.append(SessionCookie::set(setCookie_, https_));
    else if (clearCookie_)
        response.headers.append(SessionCookie::clear(https_));
    setCookie_.clear();
    clearCookie_ = false;
}

void RequestSessions::adopt(const Session &session)
{
    loaded_ = std::make_unique<Session>(session);
    current_ = loaded_.get();
    snapshot();
}

void RequestSessions::snapshot()
{
    savedFlash_ = current_ ? current_->flash : QString();
    savedLanguage_ = current_ ? current_->language : Language::Nederlands;
}

bool RequestSessions::dirty() const
{
    return current_ && (current_->flash != savedFlash_ || current_->language != savedLanguage_);
}

void RequestSessions::forgetCurrent()
{
    current_ = nullptr;
    setCookie_.clear();
    clearCookie_ = true;
}

} // namespace regie::web
