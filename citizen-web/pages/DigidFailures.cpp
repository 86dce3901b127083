#include "pages/DigidFailures.h"

#include "crypto/FieldCipher.h"
#include "services/InwonerLogin.h"

#include <QtCore/QLoggingCategory>

namespace regie::web::pages {

namespace {
Q_LOGGING_CATEGORY(lcDigidFailures, "regie.digid")
const QString kOverflow = QStringLiteral("overloop");
constexpr int kSourceTagLetters = 12;
} // namespace

DigidFailures::DigidFailures(services::ServiceContext &services, std::chrono::seconds window, QObject *parent)
    : QObject(parent), services_(services)
{
    window_.setSingleShot(true);
    window_.setInterval(static_cast<int>(window.count()) * 1000);
    connect(&window_, &QTimer::timeout, this, &DigidFailures::flush);
}

DigidFailures::~DigidFailures()
{
    flush();
}

// Letters only: the audit guard refuses digit runs that pass the 11-proef, and a hex tag
// would now and then contain one.
QString DigidFailures::sourceTag(const QString &clientKey) const
{
    const QString hash = services_.cipher.lookupHash(clientKey, u"digid.bron");
    QString tag;
    for (qsizetype i = 0; i < hash.size() && tag.size() < kSourceTagLetters; ++i)
        tag.append(QChar(u'a' + hash.at(i).unicode() % 26));
    return tag;
}

void DigidFailures::record(const QString &clientKey, const QString &reasonCode)
{
    const QString source = sourceTag(clientKey);
    const auto it = tallies_.find(source + QLatin1Char('|') + reasonCode);
    if (it != tallies_.end()) {
        ++it->rest;
        return;
    }
    if (!window_.isActive())
        window_.start();
    if (tallies_.size() >= kMaxSources) {
        Tally &overflow = tallies_[kOverflow + QLatin1Char('|') + reasonCode];
        overflow.source = kOverflow;
        overflow.reason = reasonCode;
        ++overflow.rest;
        return;
    }
    tallies_.insert(source + QLatin1Char('|') + reasonCode, Tally{source, reasonCode, 0});
    services::auditLoginMislukt(services_, reasonCode, 1, source);
}

void DigidFailures::flush()
{
    window_.stop();
    const QHash<QString, Tally> tallies = std::exchange(tallies_, {});
    for (const Tally &t : tallies) {
        if (t.rest == 0)
            continue;
        qCWarning(lcDigidFailures).noquote()
            << QStringLiteral("%1 more DigiD logins refused (%2) from source %3").arg(t.rest).arg(t.reason, t.source);
        services::auditLoginMislukt(services_, t.reason, t.rest, t.source);
    }
}

} // namespace regie::web::pages
