#pragma once
// BreadcrumbBar: where the canvas is when it shows a drilled-down sub-process: the root
// diagram › sub-process › nested sub-process. Every crumb but the last goes back up to it.
// Shown over the top left of the canvas like bpmn.io does.

#include <QFrame>
#include <QStringList>

class QHBoxLayout;

namespace amtsweg {

class BreadcrumbBar : public QFrame
{
    Q_OBJECT

public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);

    /// The path, outermost first.
    void setCrumbs(const QStringList &crumbs);
    QStringList crumbs() const { return m_crumbs; }

Q_SIGNALS:
    /// The user chose crumb `index` (0: the root diagram).
    void crumbActivated(int index);

private:
    QHBoxLayout *m_layout = nullptr;
    QStringList m_crumbs;
};

} // namespace amtsweg
