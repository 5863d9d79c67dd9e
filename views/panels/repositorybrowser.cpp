#include "repositorybrowser.h"

#include "repository/processrepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace amtsweg {

namespace {

constexpr int kIdRole = Qt::UserRole;          // model id (models, hits) or version number
constexpr int kElementRole = Qt::UserRole + 1; // element id of a hit's child row
constexpr int kBaseRole = Qt::UserRole + 2;    // base model id of a derived model

/// The model tree: dragging a model carries its id (RepositoryBrowser::modelMimeType()).
class ModelTreeWidget : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return {RepositoryBrowser::modelMimeType()}; }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.size() != 1 || items.front()->data(0, kIdRole).toLongLong() <= 0)
            return nullptr;
        auto *data = new QMimeData;
        data->setData(RepositoryBrowser::modelMimeType(),
                      QByteArray::number(items.front()->data(0, kIdRole).toLongLong()));
        return data;
    }
};

QString shortDate(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QTreeWidget *makeList(QWidget *parent, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

QString RepositoryBrowser::modelMimeType()
{
    return QStringLiteral("application/x-amtsweg-model");
}

RepositoryBrowser::RepositoryBrowser(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);

    m_location = new QLabel(this);
    m_location->setObjectName(QStringLiteral("repositoryLocation"));
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setMinimumWidth(40); // a long path or URL must not widen the dock
    layout->addWidget(m_location);
    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setMargin(4);
    m_readOnly->setAutoFillBackground(true);
    QPalette banner = m_readOnly->palette();
    banner.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce)); // as the canvas's notice bars
    banner.setColor(QPalette::WindowText, QColor(0x3d, 0x32, 0x00));
    m_readOnly->setPalette(banner);
    m_readOnly->hide();
    layout->addWidget(m_readOnly);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    // Short, so that it fits a narrow dock in every language; the tooltip says the rest.
    m_search->setPlaceholderText(tr("Search"));
    m_search->setAccessibleName(tr("Search the repository"));
    m_search->setToolTip(tr("Search model names, element names, documentation and FIM data; "
                            "every word must occur in the model"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    auto *import = m_import = new QToolButton(this);
    import->setText(tr("Import"));
    import->setToolTip(tr("Import BPMN files or a folder into the repository"));
    import->setPopupMode(QToolButton::InstantPopup);
    auto *importMenu = new QMenu(import);
    importMenu->addAction(tr("Import Files..."), this, &RepositoryBrowser::importFilesRequested);
    importMenu->addAction(tr("Import Folder..."), this, &RepositoryBrowser::importFolderRequested);
    import->setMenu(importMenu);
    bar->addWidget(import);
    layout->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_models = new ModelTreeWidget(m_stack);
    m_models->setHeaderLabels(
        {tr("Name"), tr("FIM status"), tr("Version"), tr("Changed"), tr("Open by")});
    m_models->setUniformRowHeights(true);
    m_models->setContextMenuPolicy(Qt::CustomContextMenu);
    m_models->setDragEnabled(true);
    m_models->setDragDropMode(QAbstractItemView::DragOnly);
    m_hits = makeList(m_stack, {tr("Found"), tr("Where")});
    m_hits->setRootIsDecorated(true);
    m_models->setAccessibleName(tr("Models"));
    m_hits->setAccessibleName(tr("Search results"));
    m_stack->addWidget(m_models);
    m_stack->addWidget(m_hits);
    layout->addWidget(m_stack, 3);

    m_versions = makeList(this, {tr("Version"), tr("Date"), tr("Author"), tr("Comment")});
    m_versions->setAccessibleName(tr("Versions"));
    m_versions->setSelectionMode(QAbstractItemView::ExtendedSelection); // two: compare them
    layout->addWidget(m_versions, 2);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    // Search as the user types, once typing pauses.
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &RepositoryBrowser::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &RepositoryBrowser::runSearch);

    connect(m_models, &QTreeWidget::currentItemChanged, this, &RepositoryBrowser::fillVersions);
    connect(m_models, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const ModelId id = item->data(0, kIdRole).toLongLong(); id > 0)
            Q_EMIT openRequested(id, 0);
    });
    connect(m_versions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int version = item->data(0, kIdRole).toInt();
        Q_EMIT openRequested(currentModel(), version == m_latestOfCurrent ? 0 : version);
    });
    connect(m_hits, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QTreeWidgetItem *top = item->parent() ? item->parent() : item;
        const ModelId id = top->data(0, kIdRole).toLongLong();
        const QString element = item->data(0, kElementRole).toString();
        if (element.isEmpty())
            Q_EMIT openRequested(id, 0);
        else
            Q_EMIT elementRequested(id, element);
    });
    connect(m_models, &QWidget::customContextMenuRequested, this,
            &RepositoryBrowser::showModelMenu);
    connect(m_versions, &QWidget::customContextMenuRequested, this,
            &RepositoryBrowser::showVersionMenu);
}

void RepositoryBrowser::setRepository(ProcessRepository *repository)
{
    m_repository = repository;
    m_search->clear();
    showAccess();
    refresh();
}

bool RepositoryBrowser::canWrite() const
{
    return !m_repository || m_repository->backend().canWrite();
}

void RepositoryBrowser::showAccess()
{
    const QString location = m_repository ? m_repository->location() : QString();
    m_location->setText(tr("Repository: %1").arg(location));
    m_location->setToolTip(location);
    m_location->setVisible(!location.isEmpty());
    const QString reason = canWrite() ? QString() : m_repository->backend().readOnlyReason();
    m_readOnly->setText(tr("Read-only: %1").arg(reason));
    m_readOnly->setVisible(!canWrite());
    m_import->setEnabled(canWrite());
    m_import->setToolTip(canWrite() ? tr("Import BPMN files or a folder into the repository")
                                    : tr("Read-only: %1").arg(reason));
}

QString RepositoryBrowser::presenceText(const ModelPresence &presence)
{
    const QDateTime since = presence.since.toLocalTime();
    const QString when = since.date() == QDate::currentDate()
                             ? QLocale().toString(since.time(), QLocale::ShortFormat)
                             : shortDate(since);
    return presence.host.isEmpty() ? tr("%1 since %2").arg(presence.user, when)
                                   : tr("%1 (%2) since %3").arg(presence.user, presence.host, when);
}

void RepositoryBrowser::markOpenByOthers(QTreeWidgetItem *item,
                                         const std::vector<ModelPresence> &others)
{
    QStringList names;
    QStringList lines;
    for (const ModelPresence &p : others) {
        if (!names.contains(p.user))
            names << p.user;
        lines << presenceText(p);
    }
    item->setText(4, names.join(QStringLiteral(", ")));
    item->setIcon(4, style()->standardIcon(QStyle::SP_FileDialogInfoView));
    const QString tip = tr("Open by %1").arg(lines.join(QStringLiteral("; ")));
    item->setToolTip(4, tip);
    item->setToolTip(0, item->toolTip(0) + QLatin1Char('\n') + tip);
}

void RepositoryBrowser::refresh()
{
    const ModelId chosen = currentModel();
    fillModels();
    if (chosen)
        selectModel(chosen);
    if (!m_search->text().trimmed().isEmpty())
        runSearch();
}

ModelId RepositoryBrowser::currentModel() const
{
    const QTreeWidgetItem *item = m_models->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

int RepositoryBrowser::currentVersion() const
{
    const QTreeWidgetItem *item = m_versions->currentItem();
    return item ? item->data(0, kIdRole).toInt() : 0;
}

bool RepositoryBrowser::selectModel(ModelId id)
{
    for (QTreeWidgetItemIterator it(m_models); *it; ++it) {
        if ((*it)->data(0, kIdRole).toLongLong() == id) {
            m_models->setCurrentItem(*it);
            m_models->scrollToItem(*it);
            return true;
        }
    }
    return false;
}

void RepositoryBrowser::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void RepositoryBrowser::fillModels()
{
    m_models->clear();
    m_versions->clear();
    setMessage({});
    if (!m_repository)
        return;
    const auto folders = m_repository->folders();
    const auto models = m_repository->models();
    if (!folders.ok() || !models.ok()) {
        setMessage(folders.ok() ? models.message() : folders.message());
        return;
    }
    // Folders first (parents may come after their children in the list), then the models.
    QHash<FolderId, QTreeWidgetItem *> folderItems;
    for (const FolderInfo &f : folders.value) {
        auto *item = new QTreeWidgetItem({f.name});
        item->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
        item->setData(0, kIdRole, qint64(0));
        item->setFlags(Qt::ItemIsEnabled);
        folderItems.insert(f.id, item);
    }
    for (const FolderInfo &f : folders.value) {
        QTreeWidgetItem *parent = folderItems.value(f.parentId);
        if (parent)
            parent->addChild(folderItems.value(f.id));
        else
            m_models->addTopLevelItem(folderItems.value(f.id));
    }
    // Who else has a model open (shared repositories; a failure only costs the column).
    QHash<ModelId, std::vector<ModelPresence>> openBy;
    if (const auto presence = m_repository->backend().presence(); presence.ok())
        for (const ModelPresence &p : presence.value)
            openBy[p.modelId].push_back(p);
    QHash<ModelId, const ModelInfo *> byId;
    for (const ModelInfo &m : models.value)
        byId.insert(m.id, &m);
    for (const ModelInfo &m : models.value) {
        auto *item = new QTreeWidgetItem({m.name, fimStatusName(m.fimStatus),
                                          QString::number(m.latestVersion), shortDate(m.modified)});
        item->setData(0, kIdRole, m.id);
        item->setData(0, kBaseRole, m.baseModelId);
        item->setToolTip(0, m.description.isEmpty() ? m.name : m.description);
        if (const ModelInfo *base = byId.value(m.baseModelId))
            markDerived(item, m, *base);
        if (const auto others = openBy.constFind(m.id); others != openBy.constEnd())
            markOpenByOthers(item, *others);
        if (QTreeWidgetItem *folder = folderItems.value(m.folderId))
            folder->addChild(item);
        else
            m_models->addTopLevelItem(item);
    }
    m_models->expandAll();
    m_models->resizeColumnToContents(0);
    m_models->setColumnHidden(4, !m_repository->isShared());
}

void RepositoryBrowser::markDerived(QTreeWidgetItem *item, const ModelInfo &model,
                                    const ModelInfo &base)
{
    QString text = tr("Based on %1, version %2").arg(base.name).arg(model.baseVersion);
    if (base.latestVersion > model.baseVersion) {
        text = tr("Based on %1 version %2; version %3 is newer.")
                   .arg(base.name)
                   .arg(model.baseVersion)
                   .arg(base.latestVersion);
        item->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxInformation));
    }
    item->setToolTip(0, item->toolTip(0) + QLatin1Char('\n') + text);
    item->setToolTip(1, text);
}

QList<int> RepositoryBrowser::selectedVersions() const
{
    QList<int> versions;
    for (const QTreeWidgetItem *item : m_versions->selectedItems())
        versions << item->data(0, kIdRole).toInt();
    std::sort(versions.begin(), versions.end());
    return versions;
}

void RepositoryBrowser::fillVersions()
{
    m_versions->clear();
    m_latestOfCurrent = 0;
    const ModelId id = currentModel();
    if (!m_repository || id <= 0)
        return;
    const auto history = m_repository->history(id);
    if (!history.ok()) {
        setMessage(history.message());
        return;
    }
    for (const VersionInfo &v : history.value) {
        auto *item = new QTreeWidgetItem(
            {QString::number(v.number), shortDate(v.created), v.author, v.comment});
        item->setData(0, kIdRole, v.number);
        item->setToolTip(3, v.comment);
        m_versions->addTopLevelItem(item);
        m_latestOfCurrent = std::max(m_latestOfCurrent, v.number);
    }
}

void RepositoryBrowser::runSearch()
{
    const QString text = m_search->text().trimmed();
    m_hits->clear();
    if (text.isEmpty() || !m_repository) {
        m_stack->setCurrentWidget(m_models);
        return;
    }
    m_stack->setCurrentWidget(m_hits);
    const auto hits = m_repository->search(text);
    if (!hits.ok()) {
        setMessage(hits.message());
        return;
    }
    setMessage(hits.value.empty() ? tr("Nothing found for \"%1\".").arg(text) : QString());
    for (const SearchHit &hit : hits.value) {
        auto *top = new QTreeWidgetItem({hit.modelName, hit.snippet});
        top->setData(0, kIdRole, hit.modelId);
        top->setToolTip(1, hit.snippet);
        for (const QString &element : hit.elementIds) {
            auto *child = new QTreeWidgetItem({element, tr("element")});
            child->setData(0, kElementRole, element);
            top->addChild(child);
        }
        m_hits->addTopLevelItem(top);
    }
    m_hits->expandAll();
}

void RepositoryBrowser::explainReadOnly(QAction *writes) const
{
    if (canWrite())
        return;
    writes->setEnabled(false);
    writes->setToolTip(tr("Read-only: %1").arg(m_repository->backend().readOnlyReason()));
}

void RepositoryBrowser::showModelMenu(const QPoint &pos)
{
    const ModelId id = currentModel();
    if (id <= 0 || !m_models->itemAt(pos))
        return;
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, id] { Q_EMIT openRequested(id, 0); });
    menu.setToolTipsVisible(true);
    QAction *derive = menu.addAction(tr("Derive New Model..."), this,
                                     [this, id] { Q_EMIT deriveRequested(id, 0); });
    explainReadOnly(derive);
    QAction *compare = menu.addAction(tr("Compare with Base"), this,
                                      [this, id] { Q_EMIT compareWithBaseRequested(id); });
    compare->setEnabled(m_models->itemAt(pos)->data(0, kBaseRole).toLongLong() > 0);
    menu.addAction(tr("Export as BPMN..."), this, [this, id] { Q_EMIT exportRequested(id, 0); });
    menu.exec(m_models->viewport()->mapToGlobal(pos));
}

void RepositoryBrowser::showVersionMenu(const QPoint &pos)
{
    const ModelId id = currentModel();
    const int version = currentVersion();
    if (id <= 0 || version <= 0 || !m_versions->itemAt(pos))
        return;
    const bool newest = version == m_latestOfCurrent;
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    menu.addAction(newest ? tr("Open") : tr("Open Read-Only"), this,
                   [this, id, version, newest] { Q_EMIT openRequested(id, newest ? 0 : version); });
    QAction *restore = menu.addAction(tr("Restore as Newest Version"), this, [this, id, version] {
        Q_EMIT restoreRequested(id, version);
    });
    restore->setEnabled(!newest);
    explainReadOnly(restore);
    QAction *compare = menu.addAction(tr("Compare with Newest Version"), this, [this, id, version] {
        Q_EMIT compareRequested(id, version, m_latestOfCurrent);
    });
    compare->setEnabled(!newest);
    QMenu *compareWith = menu.addMenu(tr("Compare with Version"));
    for (int other = m_latestOfCurrent; other >= 1; --other)
        if (other != version)
            compareWith->addAction(tr("Version %1").arg(other), this, [this, id, version, other] {
                Q_EMIT compareRequested(id, std::min(version, other), std::max(version, other));
            });
    compareWith->setEnabled(!compareWith->isEmpty());
    if (const QList<int> two = selectedVersions(); two.size() == 2)
        menu.insertAction(
            menu.actions().constFirst(),
            menu.addAction(tr("Compare Versions %1 and %2").arg(two[0]).arg(two[1]), this,
                           [this, id, two] { Q_EMIT compareRequested(id, two[0], two[1]); }));
    explainReadOnly(menu.addAction(tr("Derive New Model from This Version..."), this,
                                   [this, id, version] { Q_EMIT deriveRequested(id, version); }));
    menu.addAction(tr("Export as BPMN..."), this,
                   [this, id, version] { Q_EMIT exportRequested(id, version); });
    menu.exec(m_versions->viewport()->mapToGlobal(pos));
}

} // namespace amtsweg
