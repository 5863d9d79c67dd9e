#pragma once
// WelcomePage: what the tab area shows while no model is open: New model, Open…, Open
// repository…, the recent models, the bundled samples and the card of the guided first
// process. Only widgets and signals; WelcomeController decides when it shows and acts.

#include "samplemodels.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QBoxLayout;
class QVBoxLayout;

namespace amtsweg {

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// Lists `paths` (newest first) as buttons that open them.
    void setRecentFiles(const QStringList &paths);
    void setSamples(const QList<SampleModel> &samples);
    /// The buttons of the recent models and of the samples (for tests).
    QList<QPushButton *> recentButtons() const;
    QList<QPushButton *> sampleButtons() const;

Q_SIGNALS:
    void newModelRequested();
    void openRequested();
    void openRepositoryRequested();
    void recentFileRequested(const QString &path);
    void sampleRequested(const QString &path);
    void firstProcessRequested();
    void helpRequested();

protected:
    /// Narrow windows put the first process under the lists instead of beside them.
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createCard(const QString &title, QVBoxLayout **content);
    QPushButton *createEntry(const QString &title, const QString &detail, const QString &path,
                             const char *objectName);
    static void clearLayout(QLayout *layout);

    QBoxLayout *m_columns = nullptr;
    QVBoxLayout *m_recent = nullptr;
    QGridLayout *m_samples = nullptr;
    QLabel *m_noRecent = nullptr;
    QLabel *m_noSamples = nullptr;
};

} // namespace amtsweg
