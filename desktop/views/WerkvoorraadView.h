#pragma once
// The queue screen: filters, the table (model/view only), live updates over the staff
// WebSocket with a reload timer as fallback, a count of new requests and a desktop
// notification when one arrives. Keyboard: Ctrl+F filter, Enter open, Ctrl+Enter open for
// akkoord, Ctrl+Shift+Enter open for weigering; F5 (reload) is the main window's action.

#include "client/ApiClient.h"
#include "models/WerkvoorraadModel.h"

#include <QtCore/QSet>
#include <QtWidgets/QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSystemTrayIcon;
class QTableView;
class QTimer;

namespace regie::desk {

class LiveKanaal;

class WerkvoorraadView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kHerlaadMs = 60000;

    WerkvoorraadView(ApiClient &api, QWidget *parent = nullptr);
    ~WerkvoorraadView() override;

    WerkvoorraadModel &model() { return *model_; }
    WerkvoorraadFilter &filter() { return *filter_; }
    QTableView *tabel() const { return tabel_; }
    int aantalNieuw() const { return static_cast<int>(nieuw_.size()); }
    bool liveVerbonden() const;
    void setTray(QSystemTrayIcon *tray) { tray_ = tray; }

public Q_SLOTS:
    void herlaad();
    void startLive();
    void stopLive();
    // Selects the request with this id, if it is in the (filtered) table.
    bool selecteer(const QString &id);

Q_SIGNALS:
    void openVerzoek(const QString &id, std::optional<bool> akkoord);
    void geladen(int aantal);
    void melding(const QString &tekst);

private:
    void bouwFilters(QWidget *balk);
    void openGeselecteerd(std::optional<bool> akkoord);
    void toonTelling();
    void vulMedewerkers();
    void medewerkerGekozen();
    void vulKeuzesUitRegels(); // reservering and first-approver names present in the queue

    ApiClient &api_;
    WerkvoorraadModel *model_;
    WerkvoorraadFilter *filter_;
    QTableView *tabel_;
    static constexpr int kMaxKeuzes = 200;
    inline static const QString kCaseload = QStringLiteral("caseload:");
    inline static const QString kAkkoord = QStringLiteral("akkoord:");

    QLineEdit *zoek_;
    QComboBox *status_, *reservering_, *minimumWacht_, *medewerker_;
    QString geladenCaseload_; // the caseload choice the loaded rows were asked for
    QLabel *telling_, *bijgewerkt_;
    QTimer *herlaadTimer_, *tikTimer_, *debounce_;
    LiveKanaal *live_;
    bool eersteLading_ = true;
    bool bezig_ = false;
    QSet<QString> nieuw_;
    QSystemTrayIcon *tray_ = nullptr;
};

} // namespace regie::desk
