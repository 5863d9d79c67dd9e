#pragma once
// RecentFiles: the files opened or saved last (at most ten, newest first), kept in QSettings
// and shown in a File > Open Recent menu.

#include <QObject>
#include <QStringList>

class QMenu;

namespace amtsweg {

class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaximum = 10;

    /// Reads the list from QSettings.
    explicit RecentFiles(QObject *parent = nullptr);
    ~RecentFiles() override;

    QStringList files() const { return m_files; }
    /// Puts `path` first (once), drops the oldest beyond kMaximum, and stores the list.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    /// The "Open Recent" menu, kept in step with the list.
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void store() const;
    void updateMenu();

    QStringList m_files;
    QMenu *m_menu = nullptr;
};

} // namespace amtsweg
