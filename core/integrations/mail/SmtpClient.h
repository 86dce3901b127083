#pragma once
// A small SMTP submission client (RFC 5321, 3207 STARTTLS, 4954 AUTH) for the outbox:
// one message per send(), every step under a timeout, and a typed result that says which
// step failed and whether a retry can help, without echoing the server's text (which
// often repeats the recipient's address).

#include "integrations/mail/MailMessage.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslSocket>

namespace regie::mail {

struct SmtpConfig {
    enum class Security {
        RequireStartTls,            // server must offer STARTTLS (port 587)
        ImplicitTls,                // TLS from the first byte (port 465)
        StartTlsOrPlainOnLoopback,  // STARTTLS when offered; plain only to 127.0.0.0/8 or ::1
    };
    QString host;
    quint16 port = 587;
    Security security = Security::RequireStartTls;
    QString username;               // empty: no AUTH
    QString password;
    QString heloName = QStringLiteral("localhost");
    QList<QSslCertificate> extraCaCertificates; // a private CA, trusted besides the system's
    QString tlsPeerName;            // name to verify when it differs from host
    int connectTimeoutMs = 15'000;
    int replyTimeoutMs = 30'000;    // RFC 5321 suggests minutes; an outbox retries anyway
    int dataTimeoutMs = 120'000;    // after the message body, servers scan it
};

enum class SmtpStep { None, Connect, Greeting, Ehlo, StartTls, TlsHandshake, Auth, MailFrom, RcptTo, Data, Body, Quit };

enum class SmtpError {
    None,
    InvalidMessage,
    ConnectFailed,
    TlsUnavailable,   // STARTTLS required but not offered, or plain to a non-loopback peer
    TlsFailed,        // handshake or certificate verification failed
    AuthUnavailable,  // credentials configured, no PLAIN or LOGIN offered
    AuthRejected,
    SenderRejected,
    RecipientRejected,
    DataRejected,
    ProtocolError,    // malformed or unexpected reply
    Timeout,
    ConnectionLost,
};

struct SmtpResult {
    SmtpError error = SmtpError::None;
    SmtpStep step = SmtpStep::None;
    int replyCode = 0;            // last reply code, 0 if none
    QString enhancedStatus;       // "5.1.1" when the server gave one
    qsizetype recipientIndex = -1;
    QByteArray messageId;
    bool ok() const { return error == SmtpError::None; }
    // A 4xx reply, a timeout or a dropped connection may pass on a later try.
    bool isTransient() const;
    // For logs: step, error, code, enhanced status and recipient index only.
    QString text() const;
};

// RFC 5321 section 4.5.2: a line starting with "." gets one more; also turns bare CR or
// LF into CRLF and appends the closing CRLF "." CRLF.
QByteArray dotStuffForData(const QByteArray &message);

class SmtpClient : public QObject {
    Q_OBJECT
public:
    explicit SmtpClient(SmtpConfig config, QObject *parent = nullptr);
    ~SmtpClient() override;

    // Starts sending; finished() follows exactly once. Returns false (and emits nothing)
    // when a send is already running.
    bool send(const MailMessage &message);
    bool isBusy() const { return busy_; }
    const SmtpResult &result() const { return result_; }

Q_SIGNALS:
    void finished();

private:
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onTimeout();
    void handleReply(int code, const QList<QByteArray> &lines);
    void handleGreeting(int code);
    void handleEhlo(int code, const QList<QByteArray> &lines);
    void afterSecureEhlo();
    void startAuth();
    void handleAuth(int code);
    void sendMailFrom();
    void handleRcpt(int code);
    void command(const QByteArray &line, SmtpStep step, int timeoutMs = -1);
    void fail(SmtpError error, int code = 0);
    void finish();
    bool peerIsLoopback() const;

    SmtpConfig config_;
    QPointer<QSslSocket> socket_;
    QTimer timer_;
    MailMessage message_;
    BuiltMessage built_;
    SmtpResult result_;
    SmtpStep step_ = SmtpStep::None;
    QByteArray buffer_;
    QList<QByteArray> replyLines_;
    QList<QByteArray> authMechanisms_;
    bool startTlsOffered_ = false;
    bool sizeOffered_ = false;
    bool busy_ = false;
    enum class AuthStage { None, LoginSent, UserSent, PasswordSent, PlainSent };
    AuthStage authStage_ = AuthStage::None;
    qsizetype nextRecipient_ = 0;
    QByteArray lastEnhanced_;
};

} // namespace regie::mail
