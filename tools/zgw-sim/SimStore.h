#pragma once
// The simulator's persistent store: one SQLite table of JSON documents with a few
// indexed columns. URLs inside documents are stored relative to "@ORIGIN@" so a data
// file keeps working when the simulator restarts on another port.

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie::zgwsim {

struct StoredResource {
    QString kind; // "zaak", "rol", "status", "resultaat", "besluit", "abonnement"
    QString uuid;
    QString zaakUuid;
    QString identificatie;
    QString organisatie;
    QJsonObject body; // with absolute URLs for the current origin
};

class SimStore {
public:
    static constexpr qsizetype kMaxResources = 100000;

    SimStore(const QString &file, QString origin);
    ~SimStore();
    SimStore(const SimStore &) = delete;
    SimStore &operator=(const SimStore &) = delete;

    bool open(QString *error);
    // False when the (kind, organisatie, identificatie) unique index rejects it or the
    // store is full.
    bool insert(const StoredResource &resource);
    std::optional<StoredResource> find(const QString &kind, const QString &uuid) const;
    QList<StoredResource> list(const QString &kind) const;
    QList<StoredResource> listForZaak(const QString &kind, const QString &zaakUuid) const;
    std::optional<StoredResource> findByIdentificatie(const QString &kind, const QString &organisatie,
                                                      const QString &identificatie) const;
    qsizetype count() const;

private:
    QList<StoredResource> query(const QString &where, const QStringList &bindings) const;
    QString toStored(const QJsonObject &body) const;
    QJsonObject fromStored(const QString &text) const;

    QString file_;
    QString origin_;
    QString connection_;
};

} // namespace regie::zgwsim
