#include "app/TokenKeychain.h"

#include <qt6keychain/keychain.h>

namespace regie::desk {

TokenKeychain::TokenKeychain(QObject *parent) : QObject(parent) {}

QString TokenKeychain::key(const QString &server, const QString &username)
{
    return username + u'@' + server;
}

void TokenKeychain::store(const QString &key, const QString &secret, std::function<void(bool, QString)> done)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError, j->errorString());
    });
    job->start();
}

void TokenKeychain::load(const QString &key, std::function<void(bool, QString, QString)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        const bool ok = j->error() == QKeychain::NoError;
        done(ok, ok ? read->textData() : QString(), j->errorString());
    });
    job->start();
}

void TokenKeychain::remove(const QString &key, std::function<void(bool, QString)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound, j->errorString());
    });
    job->start();
}

} // namespace regie::desk
