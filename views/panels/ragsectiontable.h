#pragma once
// RagTable: an editable list of the RAG section (Handlungsgrundlagen, data references,
// Fachverfahren, Hilfsmittel): a table with one row per entry and buttons to add and remove
// rows. A finished cell edit, an added row's first value or a removal emits edited() once; the
// section then writes the whole list as one command. Rows remember the model node they were
// read from, so that what Amtsweg does not understand in an entry is kept when it is rebuilt.
// Columns may carry a check (e.g. the D… pattern of a form id); failing cells get a warning
// background and the problem as their tooltip.

#include "bpmn/modeltree.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace amtsweg {

class RagTable : public QWidget
{
    Q_OBJECT

public:
    struct Column
    {
        QString title;
        QString toolTip;
        /// The problem with a cell's text (empty: fine); null: no check.
        std::function<QString(const QString &)> check = {};
    };

    RagTable(const QString &objectName, QList<Column> columns, QWidget *parent = nullptr);

    /// Replaces the rows without emitting edited(); `nodes` (may be shorter) are the entries'
    /// model nodes.
    void setRows(const QList<QStringList> &rows, const QList<NodeId> &nodes = {});
    /// Every row's texts, trimmed; rows whose every cell is empty are left out, and so are
    /// their nodes in rowNodes().
    QList<QStringList> rows() const;
    QList<NodeId> rowNodes() const;

    QTableWidget *table() const { return m_table; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }
    /// The background of a cell whose check fails.
    static QColor warningColour();

Q_SIGNALS:
    void edited();

private:
    void addRow();
    void removeRow();
    void onItemChanged(QTableWidgetItem *item);
    void check(QTableWidgetItem *item);
    void fitHeight();

    QList<Column> m_columns;
    QTableWidget *m_table = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    bool m_filling = false;
};

} // namespace amtsweg
