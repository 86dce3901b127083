#pragma once
// Just enough SMTP for sequential sessions on 127.0.0.1, inside the test process (it serves
// while the test spins its event loop, e.g. in QTRY_* or while waiting for a child).
// Refuses one recipient with 550. Shared by the mail tests of the outbox, regie-server and
// regie-koppelingen.

#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <memory>

namespace testsmtp {

class TestSmtpServer : public QTcpServer {
public:
    struct Mail {
        QByteArray recipient;
        QByteArray data;
    };
    explicit TestSmtpServer(QByteArray rejectRecipient = {}) : reject_(std::move(rejectRecipient))
    {
        listen(QHostAddress::LocalHost, 0);
    }
    QList<Mail> mails;
    int rejected = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto state = std::make_shared<Session>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, state] { onReadyRead(socket, *state); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->write("220 test.local ESMTP\r\n");
    }

private:
    struct Session {
        QByteArray buffer, recipient, data;
        bool inData = false;
    };

    void onReadyRead(QTcpSocket *socket, Session &s)
    {
        s.buffer += socket->readAll();
        qsizetype eol;
        while ((eol = s.buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = s.buffer.left(eol);
            s.buffer.remove(0, eol + 2);
            if (s.inData) {
                if (line == ".") {
                    s.inData = false;
                    mails.append({s.recipient, s.data});
                    socket->write("250 2.0.0 queued\r\n");
                } else {
                    s.data += line + "\r\n";
                }
                continue;
            }
            const QByteArray upper = line.toUpper();
            if (upper.startsWith("EHLO "))
                socket->write("250-test.local\r\n250 8BITMIME\r\n");
            else if (upper.startsWith("MAIL FROM:"))
                socket->write("250 2.1.0 Ok\r\n");
            else if (upper.startsWith("RCPT TO:")) {
                s.recipient = line.mid(8);
                if (s.recipient == '<' + reject_ + '>') {
                    ++rejected;
                    socket->write("550 5.1.1 User unknown\r\n");
                } else {
                    socket->write("250 2.1.5 Ok\r\n");
                }
            } else if (upper == "DATA") {
                s.inData = true;
                socket->write("354 go ahead\r\n");
            } else if (upper == "QUIT") {
                socket->write("221 Bye\r\n");
                socket->disconnectFromHost();
                return;
            } else {
                socket->write("250 Ok\r\n"); // RSET and friends
            }
        }
    }

    QByteArray reject_;
};

} // namespace testsmtp
