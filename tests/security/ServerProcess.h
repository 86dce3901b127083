#pragma once
// regie-server as its own process, met the way an attacker meets it: raw TCP connections
// from chosen loopback source addresses (on Linux all of 127.0.0.0/8 reaches a server on
// 127.0.0.1, so 127.0.0.2, .3, ... are different clients), hand-written requests, and the
// server's resident memory read from /proc/<pid>/status.

#include <QtCore/QDeadlineTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

#include <memory>

namespace security {

// Resident memory of a process in KiB (VmRSS), 0 when it cannot be read.
inline qint64 rssKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = status.readAll();
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+) kB")).match(QString::fromLatin1(text));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

struct Answer {
    int status = 0;                  // 0: no answer (connection refused, reset or closed)
    QByteArray head;                 // status line and headers
    QByteArray body;
    QList<QByteArray> setCookies;
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

inline Answer parseAnswer(const QByteArray &raw)
{
    Answer a;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.1 ") || end < 0)
        return a;
    a.status = raw.mid(9, 3).toInt();
    a.head = raw.left(end);
    a.body = raw.mid(end + 4);
    for (const QByteArray &line : a.head.split('\n')) {
        if (line.toLower().startsWith("set-cookie:"))
            a.setCookies.append(line.mid(11).trimmed());
    }
    return a;
}

// One TCP connection from a chosen source address.
class Connection {
public:
    QTcpSocket socket;
    QByteArray received;

    bool open(quint16 port, const QString &from = QStringLiteral("127.0.0.1"))
    {
        if (!socket.bind(QHostAddress(from), 0))
            return false;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(5000);
    }
    bool send(const QByteArray &bytes)
    {
        if (socket.state() != QAbstractSocket::ConnectedState)
            return false;
        socket.write(bytes);
        return socket.waitForBytesWritten(5000) || socket.bytesToWrite() == 0;
    }
    void readAvailable() { received += socket.readAll(); }
    // Reads until the server closes the connection or the time is up; true when it closed.
    bool waitForClose(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            socket.waitForReadyRead(static_cast<int>(std::min<qint64>(200, std::max<qint64>(1, deadline.remainingTime()))));
            readAvailable();
        }
        readAvailable();
        return socket.state() != QAbstractSocket::ConnectedState;
    }
    bool waitForText(const QByteArray &text, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!received.contains(text) && !deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
            socket.waitForReadyRead(100);
            readAvailable();
        }
        readAvailable();
        return received.contains(text);
    }
    bool isOpen() const { return socket.state() == QAbstractSocket::ConnectedState; }
};

// One request on a fresh connection that closes after the answer.
inline Answer request(quint16 port, const QByteArray &method, const QByteArray &path,
                      const QList<std::pair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {},
                      const QString &from = QStringLiteral("127.0.0.1"), int timeoutMs = 15000)
{
    Connection c;
    if (!c.open(port, from)) {
        qWarning("cannot connect from %s: %s", qPrintable(from), qPrintable(c.socket.errorString()));
        return {};
    }
    QByteArray raw = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                     + "\r\nConnection: close\r\n";
    for (const auto &[k, v] : headers)
        raw += k + ": " + v + "\r\n";
    if (!body.isEmpty() || method == "POST")
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    raw += "\r\n" + body;
    c.send(raw);
    if (!c.waitForClose(timeoutMs))
        qWarning("no answer within %d ms", timeoutMs);
    const Answer a = parseAnswer(c.received);
    if (a.status == 0)
        qWarning("no HTTP answer (%s): %s", qPrintable(c.socket.errorString()), c.received.left(200).constData());
    return a;
}

inline QByteArray cookieValue(const Answer &a, const QByteArray &name)
{
    for (const QByteArray &c : a.setCookies) {
        if (c.startsWith(QByteArray(name + '=')))
            return c.mid(name.size() + 1).split(';').constFirst();
    }
    return {};
}

class ServerProcess {
public:
    // The regie-server built with this test, or REGIE_SERVER_UNDER_TEST: to run the attacks
    // against another build (an older one, to see them succeed there).
    static QString program()
    {
        const QString other = qEnvironmentVariable("REGIE_SERVER_UNDER_TEST");
        return other.isEmpty() ? QStringLiteral(REGIE_SERVER_PATH) : other;
    }

    QTemporaryDir dir;
    QProcess process;
    quint16 port = 0;
    QString origin;

    ~ServerProcess() { stop(); }

    // Starts regie-server on a free loopback port with `ini` as its configuration file.
    bool start(const QStringList &flags, const QByteArray &ini = {}, const QProcessEnvironment &env = {})
    {
        if (!dir.isValid())
            return false;
        const QString config = dir.filePath(QStringLiteral("regie.ini"));
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly) || f.write(ini) != ini.size())
            return false;
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // it may hold the DigiD secret
        QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
        e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
        process.setProcessEnvironment(e);
        // To a file, not a pipe: a test busy attacking does not read a pipe, and a server
        // whose log pipe is full stops answering.
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(dir.filePath(QStringLiteral("server.log")));
        process.start(program(),
                      QStringList{QStringLiteral("--config"), config, QStringLiteral("--data"), dir.filePath(QStringLiteral("data")),
                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                          + flags);
        const QRegularExpression listening(QStringLiteral("listening on (https?)://127\\.0\\.0\\.1:(\\d+)"));
        QDeadlineTimer deadline(120'000); // the demo load takes a while on a busy machine
        while (!deadline.hasExpired() && process.state() != QProcess::NotRunning) {
            process.waitForFinished(200);
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(output()));
            if (m.hasMatch()) {
                port = static_cast<quint16>(m.captured(2).toUInt());
                origin = m.captured(1) + QStringLiteral("://127.0.0.1:") + m.captured(2);
                return true;
            }
        }
        qWarning("regie-server did not start:\n%s", output().right(3000).constData());
        return false;
    }

    qint64 rssKib() { return security::rssKib(process.processId()); }
    QByteArray output()
    {
        QFile log(dir.filePath(QStringLiteral("server.log")));
        return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    }
    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(10'000))
            process.kill();
        process.waitForFinished(2000);
    }

    // Logs in as the first demo inwoner through the test login (--demo) from `from`; returns
    // the session cookie's value.
    QByteArray demoLogin(const QByteArray &cookieName = "regie_sessie", const QList<std::pair<QByteArray, QByteArray>> &extra = {},
                         const QString &from = QStringLiteral("127.0.0.1"))
    {
        const Answer page = request(port, "GET", "/inloggen/test", extra, {}, from);
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("name=\"gebruiker\"[^>]*value=\"(\\d+)\"")).match(QString::fromUtf8(page.body));
        if (!m.hasMatch())
            return {};
        QList<std::pair<QByteArray, QByteArray>> headers = extra;
        headers.append(std::pair<QByteArray, QByteArray>{"Content-Type", "application/x-www-form-urlencoded"});
        const Answer login = request(port, "POST", "/inloggen/test", headers, "gebruiker=" + m.captured(1).toLatin1(), from);
        return cookieValue(login, cookieName);
    }
};

} // namespace security
