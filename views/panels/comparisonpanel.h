#pragma once
// ComparisonPanel: the differences between two versions of a model as a list, grouped into
// added, removed, changed (each with its changed properties, old → new) and moved elements, with
// a title naming the versions and a Close button. Choosing an element that the newer version
// still has asks, by signal, to show it on the canvas; removed elements are listed only.

#include "repository/modelcomparison.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace amtsweg {

class ComparisonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonPanel(QWidget *parent = nullptr);

    /// Shows `comparison` under `title` ("Version 2 → version 4 of …").
    void setComparison(const QString &title, const ModelComparison &comparison);
    void clear();

    QTreeWidget *list() const { return m_list; }
    QLabel *titleLabel() const { return m_title; }
    /// The group item of a kind ("Changed (2)"), or nullptr when it has no entries.
    QTreeWidgetItem *groupItem(DifferenceKind kind) const;
    /// The colour the canvas marks an element of this kind with (invalid: none, i.e. removed).
    static QColor colourFor(DifferenceKind kind);

Q_SIGNALS:
    /// The user chose an element the newer version has.
    void elementChosen(const QString &id);
    void closeRequested();

private:
    void onCurrentChanged(QTreeWidgetItem *item);

    QLabel *m_title = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace amtsweg
