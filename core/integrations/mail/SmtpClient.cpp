#include "integrations/mail/SmtpClient.h"

#include <QtCore/QCoreApplication>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QSslConfiguration>

namespace regie::mail {
namespace {

constexpr qsizetype kMaxReplyLine = 2048;
constexpr qsizetype kMaxReplyLines = 64;
constexpr int kQuitTimeoutMs = 5'000;

const char *stepName(SmtpStep step)
{
    switch (step) {
    case SmtpStep::None: return "none";
    case SmtpStep::Connect: return "connect";
    case SmtpStep::Greeting: return "greeting";
    case SmtpStep::Ehlo: return "EHLO";
    case SmtpStep::StartTls: return "STARTTLS";
    case SmtpStep::TlsHandshake: return "TLS handshake";
    case SmtpStep::Auth: return "AUTH";
    case SmtpStep::MailFrom: return "MAIL FROM";
    case SmtpStep::RcptTo: return "RCPT TO";
    case SmtpStep::Data: return "DATA";
    case SmtpStep::Body: return "message body";
    case SmtpStep::Quit: return "QUIT";
    }
    return "";
}

const char *errorName(SmtpError error)
{
    switch (error) {
    case SmtpError::None: return QT_TRANSLATE_NOOP("SmtpClient", "sent");
    case SmtpError::InvalidMessage: return QT_TRANSLATE_NOOP("SmtpClient", "message is invalid");
    case SmtpError::ConnectFailed: return QT_TRANSLATE_NOOP("SmtpClient", "connect failed");
    case SmtpError::TlsUnavailable: return QT_TRANSLATE_NOOP("SmtpClient", "TLS required but not available");
    case SmtpError::TlsFailed: return QT_TRANSLATE_NOOP("SmtpClient", "TLS failed");
    case SmtpError::AuthUnavailable: return QT_TRANSLATE_NOOP("SmtpClient", "no supported AUTH mechanism");
    case SmtpError::AuthRejected: return QT_TRANSLATE_NOOP("SmtpClient", "authentication rejected");
    case SmtpError::SenderRejected: return QT_TRANSLATE_NOOP("SmtpClient", "sender rejected");
    case SmtpError::RecipientRejected: return QT_TRANSLATE_NOOP("SmtpClient", "recipient rejected");
    case SmtpError::DataRejected: return QT_TRANSLATE_NOOP("SmtpClient", "message rejected");
    case SmtpError::ProtocolError: return QT_TRANSLATE_NOOP("SmtpClient", "unexpected server reply");
    case SmtpError::Timeout: return QT_TRANSLATE_NOOP("SmtpClient", "timeout");
    case SmtpError::ConnectionLost: return QT_TRANSLATE_NOOP("SmtpClient", "connection lost");
    }
    return "";
}

// "550 5.1.1 <x@y>: unknown" -> "5.1.1"; the rest of the text is never kept.
QByteArray enhancedStatusOf(const QByteArray &line)
{
    const QByteArray rest = line.mid(4);
    const qsizetype space = rest.indexOf(' ');
    const QByteArray candidate = space < 0 ? rest : rest.left(space);
    const QList<QByteArray> parts = candidate.split('.');
    if (parts.size() != 3 || candidate.size() > 11)
        return {};
    for (const QByteArray &p : parts) {
        if (p.isEmpty())
            return {};
        for (char c : p) {
            if (c < '0' || c > '9')
                return {};
        }
    }
    return candidate;
}

} // namespace

bool SmtpResult::isTransient() const
{
    if (error == SmtpError::Timeout || error == SmtpError::ConnectionLost
        || error == SmtpError::ConnectFailed)
        return true;
    return replyCode >= 400 && replyCode < 500;
}

QString SmtpResult::text() const
{
    QString out = QCoreApplication::translate("SmtpClient", "SMTP %1 at step %2")
                      .arg(QCoreApplication::translate("SmtpClient", errorName(error)),
                           QString::fromLatin1(stepName(step)));
    if (recipientIndex >= 0)
        out += QCoreApplication::translate("SmtpClient", ", recipient %1").arg(recipientIndex);
    if (replyCode > 0)
        out += QCoreApplication::translate("SmtpClient", ", reply %1").arg(replyCode);
    if (!enhancedStatus.isEmpty())
        out += u' ' + enhancedStatus;
    return out;
}

QByteArray dotStuffForData(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 50 + 5);
    bool lineStart = true;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message.at(i);
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < message.size() && message.at(i + 1) == '\n')
                ++i;
            out += "\r\n";
            lineStart = true;
            continue;
        }
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = false;
    }
    if (!lineStart)
        out += "\r\n";
    out += ".\r\n";
    return out;
}

SmtpClient::SmtpClient(SmtpConfig config, QObject *parent)
    : QObject(parent), config_(std::move(config))
{
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &SmtpClient::onTimeout);
}

SmtpClient::~SmtpClient()
{
    if (socket_)
        socket_->abort();
}

bool SmtpClient::send(const MailMessage &message)
{
    if (busy_)
        return false;
    busy_ = true;
    result_ = {};
    message_ = message;
    buffer_.clear();
    replyLines_.clear();
    authStage_ = AuthStage::None;
    nextRecipient_ = 0;
    built_ = buildMessage(message);
    result_.messageId = built_.messageId;
    if (!built_.ok()) {
        result_.recipientIndex = built_.recipientIndex;
        result_.error = SmtpError::InvalidMessage;
        // Queued, so a caller connecting after send() still hears about it.
        QMetaObject::invokeMethod(this, &SmtpClient::finish, Qt::QueuedConnection);
        return true;
    }
    if (socket_)
        socket_->deleteLater();
    socket_ = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!config_.extraCaCertificates.isEmpty())
        tls.addCaCertificates(config_.extraCaCertificates);
    socket_->setSslConfiguration(tls);
    if (!config_.tlsPeerName.isEmpty())
        socket_->setPeerVerifyName(config_.tlsPeerName);
    connect(socket_, &QSslSocket::connected, this, &SmtpClient::onConnected);
    connect(socket_, &QSslSocket::encrypted, this, &SmtpClient::onEncrypted);
    connect(socket_, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(socket_, &QSslSocket::errorOccurred, this, &SmtpClient::onSocketError);
    step_ = SmtpStep::Connect;
    timer_.start(config_.connectTimeoutMs);
    if (config_.security == SmtpConfig::Security::ImplicitTls)
        socket_->connectToHostEncrypted(config_.host, config_.port);
    else
        socket_->connectToHost(config_.host, config_.port);
    return true;
}

void SmtpClient::onConnected()
{
    if (config_.security == SmtpConfig::Security::ImplicitTls) {
        step_ = SmtpStep::TlsHandshake; // the greeting follows the handshake
        return;
    }
    step_ = SmtpStep::Greeting;
    timer_.start(config_.replyTimeoutMs);
}

void SmtpClient::onEncrypted()
{
    if (step_ != SmtpStep::TlsHandshake)
        return;
    if (config_.security == SmtpConfig::Security::ImplicitTls) {
        step_ = SmtpStep::Greeting;
        timer_.start(config_.replyTimeoutMs);
        return;
    }
    // RFC 3207: forget what was offered in plain text and ask again.
    startTlsOffered_ = false;
    authMechanisms_.clear();
    command("EHLO " + config_.heloName.toLatin1(), SmtpStep::Ehlo);
}

void SmtpClient::onReadyRead()
{
    if (!socket_ || !busy_)
        return;
    buffer_ += socket_->readAll();
    while (busy_) {
        const qsizetype eol = buffer_.indexOf('\n');
        if (eol < 0) {
            if (buffer_.size() > kMaxReplyLine)
                fail(SmtpError::ProtocolError);
            return;
        }
        QByteArray line = buffer_.left(eol);
        buffer_.remove(0, eol + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() < 3 || line.size() > kMaxReplyLine || replyLines_.size() >= kMaxReplyLines)
            return fail(SmtpError::ProtocolError);
        bool numeric = false;
        const int code = line.left(3).toInt(&numeric);
        if (!numeric || code < 200 || code > 599 || (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-'))
            return fail(SmtpError::ProtocolError);
        replyLines_.append(line);
        if (line.size() > 3 && line.at(3) == '-')
            continue;
        const QList<QByteArray> lines = std::exchange(replyLines_, {});
        lastEnhanced_ = enhancedStatusOf(lines.last());
        result_.replyCode = code;
        handleReply(code, lines);
    }
}

void SmtpClient::handleReply(int code, const QList<QByteArray> &lines)
{
    switch (step_) {
    case SmtpStep::Greeting: return handleGreeting(code);
    case SmtpStep::Ehlo: return handleEhlo(code, lines);
    case SmtpStep::StartTls:
        if (code != 220)
            return fail(SmtpError::TlsFailed, code);
        step_ = SmtpStep::TlsHandshake;
        timer_.start(config_.replyTimeoutMs);
        // RFC 3207: anything the server sent after its 220 in plain text is not trusted.
        buffer_.clear();
        socket_->startClientEncryption();
        return;
    case SmtpStep::Auth: return handleAuth(code);
    case SmtpStep::MailFrom:
        if (code != 250)
            return fail(SmtpError::SenderRejected, code);
        return handleRcpt(0);
    case SmtpStep::RcptTo: return handleRcpt(code);
    case SmtpStep::Data:
        if (code != 354)
            return fail(SmtpError::DataRejected, code);
        step_ = SmtpStep::Body;
        timer_.start(config_.dataTimeoutMs);
        socket_->write(dotStuffForData(built_.bytes));
        return;
    case SmtpStep::Body:
        if (code != 250)
            return fail(SmtpError::DataRejected, code);
        // Accepted: from here on nothing can make this send fail.
        result_.step = SmtpStep::Body;
        command("QUIT", SmtpStep::Quit, kQuitTimeoutMs);
        return;
    case SmtpStep::Quit: return finish();
    default: return fail(SmtpError::ProtocolError, code);
    }
}

void SmtpClient::handleGreeting(int code)
{
    if (code != 220)
        return fail(SmtpError::ConnectFailed, code);
    command("EHLO " + config_.heloName.toLatin1(), SmtpStep::Ehlo);
}

void SmtpClient::handleEhlo(int code, const QList<QByteArray> &lines)
{
    if (code != 250)
        return fail(SmtpError::ProtocolError, code);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray keyword = lines.at(i).mid(4).trimmed().toUpper();
        if (keyword == "STARTTLS")
            startTlsOffered_ = true;
        else if (keyword.startsWith("AUTH ") || keyword.startsWith("AUTH="))
            authMechanisms_ = keyword.mid(5).split(' ');
        else if (keyword.startsWith("SIZE"))
            sizeOffered_ = true;
    }
    if (socket_->isEncrypted())
        return afterSecureEhlo();
    if (startTlsOffered_)
        return command("STARTTLS", SmtpStep::StartTls);
    const bool plainAllowed =
        config_.security == SmtpConfig::Security::StartTlsOrPlainOnLoopback && peerIsLoopback();
    if (!plainAllowed)
        return fail(SmtpError::TlsUnavailable, code);
    afterSecureEhlo();
}

void SmtpClient::afterSecureEhlo()
{
    if (config_.username.isEmpty())
        return sendMailFrom();
    startAuth();
}

void SmtpClient::startAuth()
{
    if (authMechanisms_.contains("PLAIN")) {
        authStage_ = AuthStage::PlainSent;
        const QByteArray token = '\0' + config_.username.toUtf8() + '\0' + config_.password.toUtf8();
        return command("AUTH PLAIN " + token.toBase64(), SmtpStep::Auth);
    }
    if (authMechanisms_.contains("LOGIN")) {
        authStage_ = AuthStage::LoginSent;
        return command("AUTH LOGIN", SmtpStep::Auth);
    }
    fail(SmtpError::AuthUnavailable);
}

void SmtpClient::handleAuth(int code)
{
    if (code == 334 && authStage_ == AuthStage::LoginSent) {
        authStage_ = AuthStage::UserSent;
        return command(config_.username.toUtf8().toBase64(), SmtpStep::Auth);
    }
    if (code == 334 && authStage_ == AuthStage::UserSent) {
        authStage_ = AuthStage::PasswordSent;
        return command(config_.password.toUtf8().toBase64(), SmtpStep::Auth);
    }
    if (code == 235 && (authStage_ == AuthStage::PasswordSent || authStage_ == AuthStage::PlainSent))
        return sendMailFrom();
    fail(code >= 500 && code != 504 ? SmtpError::AuthRejected : SmtpError::ProtocolError, code);
}

void SmtpClient::sendMailFrom()
{
    QByteArray line = "MAIL FROM:<" + message_.fromAddress.toLatin1() + '>';
    if (sizeOffered_)
        line += " SIZE=" + QByteArray::number(built_.bytes.size());
    command(line, SmtpStep::MailFrom);
}

void SmtpClient::handleRcpt(int code)
{
    if (step_ == SmtpStep::RcptTo && code != 250 && code != 251) {
        result_.recipientIndex = nextRecipient_ - 1;
        return fail(SmtpError::RecipientRejected, code);
    }
    if (nextRecipient_ < message_.to.size()) {
        const QByteArray address = message_.to.at(nextRecipient_++).toLatin1();
        return command("RCPT TO:<" + address + '>', SmtpStep::RcptTo);
    }
    command("DATA", SmtpStep::Data);
}

void SmtpClient::command(const QByteArray &line, SmtpStep step, int timeoutMs)
{
    step_ = step;
    timer_.start(timeoutMs >= 0 ? timeoutMs : config_.replyTimeoutMs);
    socket_->write(line + "\r\n");
}

void SmtpClient::onSocketError(QAbstractSocket::SocketError error)
{
    if (!busy_)
        return;
    if (step_ == SmtpStep::Quit)
        return finish();
    if (step_ == SmtpStep::Connect)
        return fail(SmtpError::ConnectFailed);
    if (step_ == SmtpStep::TlsHandshake || error == QAbstractSocket::SslHandshakeFailedError)
        return fail(SmtpError::TlsFailed);
    fail(SmtpError::ConnectionLost);
}

void SmtpClient::onTimeout()
{
    if (step_ == SmtpStep::Quit)
        return finish();
    fail(SmtpError::Timeout);
}

void SmtpClient::fail(SmtpError error, int code)
{
    if (!busy_)
        return;
    result_.error = error;
    result_.step = step_;
    result_.replyCode = code;
    result_.enhancedStatus = code > 0 ? QString::fromLatin1(lastEnhanced_) : QString();
    finish();
}

void SmtpClient::finish()
{
    if (!busy_)
        return;
    timer_.stop();
    if (result_.ok())
        result_.step = SmtpStep::None;
    if (socket_) {
        socket_->disconnect(this);
        socket_->abort();
    }
    busy_ = false;
    step_ = SmtpStep::None;
    Q_EMIT finished();
}

bool SmtpClient::peerIsLoopback() const
{
    return socket_ && socket_->peerAddress().isLoopback();
}

} // namespace regie::mail
