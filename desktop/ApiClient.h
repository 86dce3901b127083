#pragma once
// regie-desk's only way to the data: the staff JSON API of regie-server (/api/v1). Every
// call is asynchronous and answers with an ApiResult; a problem+json error becomes a plain
// Dutch message (ApiProblem::melding). An expired access token is refreshed once with the
// refresh token (which rotates) and the call is repeated, so screens never see a 401 for
// an expiry. The refresh token leaves this class only through refreshTokenChanged, for the
// OS keychain (TokenKeychain); nothing secret is written to a file.

#include "money/Money.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace regie::desk {

struct VeldFout {
    QString veld;
    QString reden;
};

struct ApiProblem {
    int status = 0;          // 0: no answer (network)
    QString titel;
    QString detail;
    QList<VeldFout> velden;
    // One or two plain Dutch sentences for a message box or status line.
    QString melding() const;
};

struct ApiResult {
    int status = 0;
    QJsonObject body;        // the JSON object (empty for 204 or non-JSON)
    QByteArray raw;          // the bytes (exports)
    std::optional<ApiProblem> problem;
    bool ok() const { return !problem.has_value(); }
};

// One row of the werkvoorraad (GET /verzoeken), the model's unit.
struct VerzoekRegel {
    QString id;
    QString inwoner;          // pseudonym
    QString inwonerNaam;
    qint64 reserveringId = 0;
    QString reserveringNaam;
    Money bedrag;
    QString status;           // wacht_op_akkoord | wacht_op_tweede_akkoord | ...
    QString uitkomst;
    QDateTime verstuurd;
    qint64 wachtMinuten = 0;
    int doelUren = 48;
    bool vierOgen = false;
    bool gesignaleerd = false;
    std::optional<qint64> eersteAkkoordDoor;
    QString eersteAkkoordNaam;

    static VerzoekRegel fromJson(const QJsonObject &o);
};

struct RedenKeuze {
    QString code, soort, tekstB1, tekstMedewerker;
    static RedenKeuze fromJson(const QJsonObject &o);
};

struct Gebruiker {
    qint64 id = 0;
    QString displayName;
    QString rol;
    qint64 teamId = 0;
};

class ApiClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult &)>;

    static constexpr int kTimeoutMs = 20000;
    static constexpr qint64 kMaxAnswerBytes = 64LL * 1024 * 1024;
    static constexpr int kWerkvoorraadPageSize = 100;   // the API's maximum
    static constexpr int kMaxWerkvoorraadRows = 10000;  // the queue is bounded like everything else

    explicit ApiClient(QObject *parent = nullptr);

    void setServer(const QUrl &base);
    QUrl server() const { return base_; }
    bool loggedIn() const { return !accessToken_.isEmpty(); }
    const Gebruiker &gebruiker() const { return gebruiker_; }
    QString accessToken() const { return accessToken_; }

    void login(const QString &username, const QString &password, const QString &totp, Callback done);
    // Resumes a session from a refresh token kept in the keychain.
    void resume(const QString &refreshToken, Callback done);
    void logout(Callback done = {});

    void get(const QString &path, const QUrlQuery &query, Callback done);
    void post(const QString &path, const QJsonObject &body, Callback done);
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const std::optional<QJsonObject> &body, Callback done);

    // Loads every page of the queue (bounded by kMaxWerkvoorraadRows) and answers once.
    void werkvoorraad(const QUrlQuery &filter, std::function<void(QList<VerzoekRegel>, std::optional<ApiProblem>)> done);
    void redenen(std::function<void(QList<RedenKeuze>, std::optional<ApiProblem>)> done);

Q_SIGNALS:
    void refreshTokenChanged(const QString &username, const QString &refreshToken); // empty: forget it
    void sessionEnded(const QString &melding); // the refresh failed too: log in again

private:
    void perform(const QByteArray &method, const QString &path, const QUrlQuery &query,
                 const std::optional<QJsonObject> &body, Callback done, bool mayRefresh);
    void refreshThen(std::function<void(bool)> next);
    void acceptTokens(const QJsonObject &body);
    void werkvoorraadPage(QUrlQuery filter, int page, QList<VerzoekRegel> soFar,
                          std::function<void(QList<VerzoekRegel>, std::optional<ApiProblem>)> done);
    static ApiResult toResult(QNetworkReply *reply);

    QNetworkAccessManager *nam_;
    QUrl base_;
    QString accessToken_;
    QString refreshToken_;
    QString username_;
    Gebruiker gebruiker_;
    bool refreshing_ = false;
    QList<std::function<void(bool)>> waitingForRefresh_;
};

} // namespace regie::desk
