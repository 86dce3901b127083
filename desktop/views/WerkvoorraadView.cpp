#include "views/WerkvoorraadView.h"

#include "client/LiveKanaal.h"
#include "models/Tekst.h"
#include "views/UiHelpers.h"

#include <QtCore/QSignalBlocker>
#include <QtCore/QTime>
#include <QtCore/QTimer>
#include <QtGui/QKeySequence>
#include <QtGui/QShortcut>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QSystemTrayIcon>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace regie::desk {

WerkvoorraadView::WerkvoorraadView(ApiClient &api, QWidget *parent)
    : QWidget(parent), api_(api), model_(new WerkvoorraadModel(this)), filter_(new WerkvoorraadFilter(this)),
      live_(new LiveKanaal(api, this))
{
    filter_->setSourceModel(model_);
    auto *layout = new QVBoxLayout(this);
    auto *balk = new QWidget(this);
    bouwFilters(balk);
    layout->addWidget(balk);

    tabel_ = new QTableView(this);
    tabel_->setObjectName(QStringLiteral("werkvoorraadTabel"));
    tabel_->setModel(filter_);
    tabel_->setSortingEnabled(true);
    tabel_->sortByColumn(WerkvoorraadModel::Wachttijd, Qt::DescendingOrder);
    tabel_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tabel_->setSelectionMode(QAbstractItemView::SingleSelection);
    tabel_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tabel_->setAlternatingRowColors(true);
    tabel_->setWordWrap(false);
    // Fixed row heights: the view never measures 10,000 rows.
    tabel_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    tabel_->verticalHeader()->setDefaultSectionSize(tabel_->fontMetrics().height() + 8);
    tabel_->verticalHeader()->setVisible(false);
    tabel_->horizontalHeader()->setStretchLastSection(true);
    tabel_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    toegankelijk(tabel_, tr("Werkvoorraad"), tr("Verzoeken die wachten op een besluit. Enter opent het verzoek."));
    layout->addWidget(tabel_, 1);
    connect(tabel_, &QTableView::doubleClicked, this, [this] { openGeselecteerd(std::nullopt); });

    auto *open = new QShortcut(QKeySequence(Qt::Key_Return), tabel_, nullptr, nullptr, Qt::WidgetShortcut);
    connect(open, &QShortcut::activated, this, [this] { openGeselecteerd(std::nullopt); });
    auto *open2 = new QShortcut(QKeySequence(Qt::Key_Enter), tabel_, nullptr, nullptr, Qt::WidgetShortcut);
    connect(open2, &QShortcut::activated, this, [this] { openGeselecteerd(std::nullopt); });
    // Scoped to this view: the request view uses the same keys for its own buttons.
    auto *akkoord = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(akkoord, &QShortcut::activated, this, [this] { openGeselecteerd(true); });
    auto *weiger = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(weiger, &QShortcut::activated, this, [this] { openGeselecteerd(false); });
    auto *zoek = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(zoek, &QShortcut::activated, this, [this] { zoek_->setFocus(); zoek_->selectAll(); });

    herlaadTimer_ = new QTimer(this);
    connect(herlaadTimer_, &QTimer::timeout, this, &WerkvoorraadView::herlaad);
    herlaadTimer_->start(kHerlaadMs);
    tikTimer_ = new QTimer(this);
    connect(tikTimer_, &QTimer::timeout, model_, &WerkvoorraadModel::tik);
    tikTimer_->start(60000);
    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(300);
    connect(debounce_, &QTimer::timeout, this, &WerkvoorraadView::herlaad);
    connect(live_, &LiveKanaal::gewijzigd, debounce_, qOverload<>(&QTimer::start)); // a burst becomes one reload
}

WerkvoorraadView::~WerkvoorraadView() { stopLive(); }

void WerkvoorraadView::bouwFilters(QWidget *balk)
{
    auto *rij = new QHBoxLayout(balk);
    rij->setContentsMargins(0, 0, 0, 0);
    zoek_ = new QLineEdit(balk);
    zoek_->setObjectName(QStringLiteral("zoek"));
    zoek_->setPlaceholderText(tr("Zoek inwoner (Ctrl+F)"));
    zoek_->setClearButtonEnabled(true);
    toegankelijk(zoek_, tr("Zoek inwoner"), tr("Filter op naam of pseudoniem van de inwoner."));
    connect(zoek_, &QLineEdit::textChanged, filter_, &WerkvoorraadFilter::setZoek);
    status_ = new QComboBox(balk);
    status_->setObjectName(QStringLiteral("statusFilter"));
    status_->addItem(tr("Alle wachtende"), -1);
    for (VerzoekStatus s : {VerzoekStatus::WachtOpAkkoord, VerzoekStatus::WachtOpTweedeAkkoord, VerzoekStatus::NietGelukt})
        status_->addItem(statusTekst(s), static_cast<int>(s));
    toegankelijk(status_, tr("Status"));
    connect(status_, &QComboBox::currentIndexChanged, this, [this] {
        const int keuze = status_->currentData().toInt();
        filter_->setStatus(keuze < 0 ? std::nullopt : std::optional<VerzoekStatus>(static_cast<VerzoekStatus>(keuze)));
    });
    // Editable: free text matches part of a name; the list offers the names in the queue.
    reservering_ = new QComboBox(balk);
    reservering_->setObjectName(QStringLiteral("reserveringFilter"));
    reservering_->setEditable(true);
    reservering_->setInsertPolicy(QComboBox::NoInsert);
    reservering_->setMinimumContentsLength(14);
    reservering_->lineEdit()->setPlaceholderText(tr("Reservering"));
    toegankelijk(reservering_, tr("Reservering"), tr("Filter op (een deel van) de naam van de reservering."));
    connect(reservering_, &QComboBox::editTextChanged, filter_, &WerkvoorraadFilter::setReservering);
    minimumWacht_ = new QComboBox(balk);
    minimumWacht_->setObjectName(QStringLiteral("minimumWachtFilter"));
    minimumWacht_->addItem(tr("Elke wachttijd"), 0);
    minimumWacht_->addItem(tr("Ouder dan 1 dag"), 24);
    minimumWacht_->addItem(tr("Ouder dan 2 dagen"), 48);
    minimumWacht_->addItem(tr("Ouder dan 1 week"), 24 * 7);
    toegankelijk(minimumWacht_, tr("Minimale wachttijd"));
    connect(minimumWacht_, &QComboBox::currentIndexChanged, this,
            [this] { filter_->setMinimumWachtUren(minimumWacht_->currentData().toInt()); });
    // Caseload choices filter on the server (the rows do not say whose caseload they are in);
    // "eerste akkoord door" filters the loaded rows.
    medewerker_ = new QComboBox(balk);
    medewerker_->setObjectName(QStringLiteral("medewerkerFilter"));
    medewerker_->setMinimumContentsLength(18);
    medewerker_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    toegankelijk(medewerker_, tr("Medewerker"), tr("Filter op caseload of op wie het eerste akkoord gaf."));
    connect(medewerker_, &QComboBox::currentIndexChanged, this, &WerkvoorraadView::medewerkerGekozen);
    vulMedewerkers();
    telling_ = new QLabel(balk);
    telling_->setObjectName(QStringLiteral("telling"));
    toegankelijk(telling_, tr("Aantal verzoeken"));
    bijgewerkt_ = new QLabel(balk);
    toegankelijk(bijgewerkt_, tr("Laatst bijgewerkt"));
    for (QWidget *w : std::initializer_list<QWidget *>{zoek_, status_, reservering_, minimumWacht_, medewerker_})
        rij->addWidget(w);
    rij->addStretch(1);
    rij->addWidget(telling_);
    rij->addWidget(bijgewerkt_);
}

void WerkvoorraadView::herlaad()
{
    if (bezig_ || !api_.loggedIn())
        return;
    bezig_ = true;
    WerkvoorraadVraag vraag;
    const QString keuze = medewerker_->currentData().toString();
    geladenCaseload_ = keuze.startsWith(kCaseload) ? keuze : QString();
    if (!geladenCaseload_.isEmpty())
        vraag.caseloadVan = keuze.mid(kCaseload.size()).toLongLong();
    api_.werkvoorraad(vraag, this, [this](ApiResult<QList<VerzoekRegel>> r) {
        bezig_ = false;
        if (!r.ok()) {
            Q_EMIT melding(r.problem->melding());
            return;
        }
        const QString geselecteerd = tabel_->currentIndex().data(WerkvoorraadModel::IdRole).toString();
        const QStringList binnen = model_->zetRegels(std::move(r.value));
        filter_->sort(tabel_->horizontalHeader()->sortIndicatorSection(), tabel_->horizontalHeader()->sortIndicatorOrder());
        if (!eersteLading_ && !binnen.isEmpty()) {
            for (const QString &id : binnen)
                nieuw_.insert(id);
            const QString tekst = tr("%n nieuw(e) verzoek(en) in de werkvoorraad.", nullptr, static_cast<int>(binnen.size()));
            if (tray_ && QSystemTrayIcon::isSystemTrayAvailable())
                tray_->showMessage(tr("Regie"), tekst);
            Q_EMIT melding(tekst);
        }
        vulKeuzesUitRegels();
        if (eersteLading_ && model_->rowCount() > 0)
            tabel_->resizeColumnsToContents(); // measures a bounded sample of rows, once
        eersteLading_ = false;
        if (!geselecteerd.isEmpty())
            selecteer(geselecteerd);
        bijgewerkt_->setText(tr("Bijgewerkt %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        toonTelling();
        Q_EMIT geladen(model_->rowCount());
    });
}

void WerkvoorraadView::vulMedewerkers()
{
    {
        const QSignalBlocker blokkeer(medewerker_);
        medewerker_->clear();
        medewerker_->addItem(tr("Alle medewerkers"), QString());
        medewerker_->addItem(tr("Mijn caseload"), QString(kCaseload + QString::number(api_.gebruiker().id)));
    }
    if (!api_.loggedIn() || api_.gebruiker().rol == Rol::Medewerker)
        return;
    // The beheerder gets every account, a teamleider the own team's; a medewerker keeps the short choice.
    api_.gebruikers(this, [this](ApiResult<Pagina<Account>> r) {
        if (!r.ok())
            return;
        const Gebruiker &ik = api_.gebruiker();
        for (const Account &a : r.value.data) {
            if (a.rol != Rol::Medewerker || a.id == ik.id || !a.actief || (ik.teamId && a.teamId != ik.teamId))
                continue;
            const QSignalBlocker blokkeer(medewerker_);
            medewerker_->addItem(tr("Caseload van %1").arg(a.displayName), QString(kCaseload + QString::number(a.id)));
        }
    });
}

void WerkvoorraadView::medewerkerGekozen()
{
    const QString keuze = medewerker_->currentData().toString();
    filter_->setEersteAkkoordDoor(keuze.startsWith(kAkkoord) ? keuze.mid(kAkkoord.size()) : QString());
    const bool serverKeuze = keuze.startsWith(kCaseload) || keuze.isEmpty();
    if (serverKeuze && keuze != geladenCaseload_)
        herlaad();
    else if (!serverKeuze && !geladenCaseload_.isEmpty()) // first approvals across all caseloads
        herlaad();
}

void WerkvoorraadView::vulKeuzesUitRegels()
{
    QStringList reserveringen, akkoordDoor;
    for (int i = 0; i < model_->rowCount(); ++i) {
        const VerzoekRegel &r = model_->regel(i);
        if (!reserveringen.contains(r.reserveringNaam) && reserveringen.size() < kMaxKeuzes)
            reserveringen.append(r.reserveringNaam);
        if (!r.eersteAkkoordNaam.isEmpty() && !akkoordDoor.contains(r.eersteAkkoordNaam) && akkoordDoor.size() < kMaxKeuzes)
            akkoordDoor.append(r.eersteAkkoordNaam);
    }
    reserveringen.sort(Qt::CaseInsensitive);
    akkoordDoor.sort(Qt::CaseInsensitive);
    {
        const QSignalBlocker blokkeer(reservering_);
        const QString tekst = reservering_->currentText();
        reservering_->clear();
        reservering_->addItem(QString());
        reservering_->addItems(reserveringen);
        reservering_->setEditText(tekst);
    }
    const QSignalBlocker blokkeer(medewerker_);
    const QString keuze = medewerker_->currentData().toString();
    for (int i = medewerker_->count() - 1; i >= 0; --i) {
        if (medewerker_->itemData(i).toString().startsWith(kAkkoord))
            medewerker_->removeItem(i);
    }
    for (const QString &naam : akkoordDoor)
        medewerker_->addItem(tr("Eerste akkoord door %1").arg(naam), QString(kAkkoord + naam));
    const int terug = medewerker_->findData(keuze);
    medewerker_->setCurrentIndex(terug >= 0 ? terug : 0);
    if (terug < 0)
        filter_->setEersteAkkoordDoor(QString());
}

void WerkvoorraadView::toonTelling()
{
    QString tekst = tr("%n verzoek(en)", nullptr, model_->rowCount());
    if (!nieuw_.isEmpty())
        tekst += QStringLiteral(" · ") + tr("%n nieuw", nullptr, static_cast<int>(nieuw_.size()));
    telling_->setText(tekst);
}

bool WerkvoorraadView::selecteer(const QString &id)
{
    const int rij = model_->rijVan(id);
    if (rij < 0)
        return false;
    const QModelIndex index = filter_->mapFromSource(model_->index(rij, 0));
    if (!index.isValid())
        return false;
    tabel_->setCurrentIndex(index);
    tabel_->scrollTo(index);
    return true;
}

void WerkvoorraadView::openGeselecteerd(std::optional<bool> akkoord)
{
    const QString id = tabel_->currentIndex().data(WerkvoorraadModel::IdRole).toString();
    if (id.isEmpty())
        return;
    nieuw_.remove(id);
    toonTelling();
    Q_EMIT openVerzoek(id, akkoord);
}

bool WerkvoorraadView::liveVerbonden() const { return live_->verbonden(); }

void WerkvoorraadView::startLive() { live_->start(); }

void WerkvoorraadView::stopLive() { live_->stop(); }

} // namespace regie::desk
