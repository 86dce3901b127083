#pragma once
// The staff WebSocket (/api/v1/ws): sends the access token, hears "verbonden" and then one
// message per change (werkvoorraad.gewijzigd, melding.nieuw, ...). A lost connection is
// opened again with back-off up to a minute; screens keep a reload timer for the gap.

#include <QtCore/QObject>
#include <QtCore/QString>

class QWebSocket;

namespace regie::desk {

class ApiClient;

class LiveKanaal : public QObject {
    Q_OBJECT
public:
    static constexpr int kEersteHerverbindMs = 2000;
    static constexpr int kMaxHerverbindMs = 60000;
    static constexpr int kMaxBerichtTekens = 4096;

    explicit LiveKanaal(ApiClient &api, QObject *parent = nullptr);
    ~LiveKanaal() override;

    bool verbonden() const { return verbonden_; }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void gewijzigd(const QString &soort); // something the desk shows changed on the server

private:
    void bericht(const QString &tekst);
    void verbindOpnieuw();

    ApiClient &api_;
    QWebSocket *socket_ = nullptr;
    bool verbonden_ = false;
    int herverbindMs_ = kEersteHerverbindMs;
};

} // namespace regie::desk
