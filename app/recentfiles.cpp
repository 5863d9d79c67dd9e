#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace amtsweg {
namespace {

const QString kSettingsKey = QStringLiteral("recentFiles");

QString normalised(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

RecentFiles::RecentFiles(QObject *parent) : QObject(parent)
{
    m_menu = new QMenu(tr("Open &Recent"));
    m_files = QSettings().value(kSettingsKey).toStringList();
    if (m_files.size() > kMaximum)
        m_files.resize(kMaximum);
    updateMenu();
}

RecentFiles::~RecentFiles()
{
    delete m_menu;
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalised(path);
    m_files.removeAll(file);
    m_files.prepend(file);
    if (m_files.size() > kMaximum)
        m_files.resize(kMaximum);
    store();
    updateMenu();
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(path) + m_files.removeAll(normalised(path)) == 0)
        return;
    store();
    updateMenu();
}

void RecentFiles::clear()
{
    m_files.clear();
    store();
    updateMenu();
}

void RecentFiles::store() const
{
    QSettings().setValue(kSettingsKey, m_files);
}

void RecentFiles::updateMenu()
{
    m_menu->clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const QString &file = m_files.at(i);
        // &1 ... &9, then &0: keyboard access like other editors.
        const QString text = tr("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(file).fileName());
        QAction *action =
            m_menu->addAction(text, this, [this, file] { Q_EMIT openRequested(file); });
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
    }
    if (!m_files.isEmpty())
        m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear List"), this, &RecentFiles::clear);
    clearAction->setEnabled(!m_files.isEmpty());
    m_menu->setEnabled(true);
}

} // namespace amtsweg
