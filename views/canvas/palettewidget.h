#pragma once
// PaletteWidget: the modelling palette as a tool bar: hand, select, connect, and one entry per
// element kind (events, gateway, task, sub-process, data, annotation, pool, lane). Clicking an
// entry switches the canvas tool (then click or drag on the canvas); entries can also be
// dragged onto the canvas. In FIM mode (the scene's, DiagramScene::isFimMode) only the entries of
// the FIM-BPMN profile are shown (canvas/fimkinds.h).

#include "toolmode.h"

#include <QPointer>
#include <QStringList>
#include <QToolBar>

class QActionGroup;

namespace amtsweg {

class DiagramScene;

class PaletteWidget : public QToolBar
{
    Q_OBJECT

public:
    /// Mime type of palette drags; the data is the CreateKind as a number.
    static constexpr const char *kMimeType = "application/x-amtsweg-create";

    explicit PaletteWidget(QWidget *parent = nullptr);

    /// The scene whose tool the palette drives and shows (null: none).
    void setScene(DiagramScene *scene);
    QAction *actionFor(ToolMode mode, CreateKind kind = CreateKind::Task) const;
    /// Shows only the FIM-BPMN entries (on) or every entry (off); follows the scene's mode.
    void setFimMode(bool on);
    bool isFimMode() const { return m_fimMode; }
    /// The entries shown, in order (their texts; for tests and the manual).
    QStringList visibleEntries() const;

Q_SIGNALS:
    void toolChosen(amtsweg::ToolMode mode, amtsweg::CreateKind kind);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addTool(const QIcon &icon, const QString &text, const QString &shortcutHint,
                     ToolMode mode, CreateKind kind);
    void showTool(ToolMode mode, CreateKind kind);

    QActionGroup *m_group;
    QPointer<DiagramScene> m_scene;
    QMetaObject::Connection m_sceneConnection;
    QMetaObject::Connection m_fimConnection;
    bool m_fimMode = false;
    QPoint m_pressPos;
};

} // namespace amtsweg
