#pragma once
// DiagramView: the viewport on a DiagramScene: antialiased, white background, Ctrl+wheel
// zooms around the mouse, fit to window, Ctrl +/-/0 zoom keys, middle-drag and space-drag pan,
// and palette entries dropped on it create elements (previewed while dragged over it, as the
// create tool does: ghost, flow to split, target container or host). It draws ElementHighlights
// (marks that are no model data, such as a comparison's findings) in front of the scene.

#include "analysisoverlay.h"
#include "elementhighlights.h"
#include "problemmarkers.h"
#include "tokenhighlight.h"

#include <QGraphicsView>

#include <memory>

namespace amtsweg {

class CreatePreview;

class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(QWidget *parent = nullptr);
    ~DiagramView() override;

    /// Current scale factor (1 = 100 %).
    qreal zoom() const;
    /// Marks drawn over the scene by this view only; setHighlights({}) removes them.
    void setHighlights(const ElementHighlights &highlights);
    const ElementHighlights &highlights() const { return m_highlights; }
    /// Badges on the elements with findings of the model checks.
    void setProblemMarkers(const ProblemMarkers &markers);
    const ProblemMarkers &problemMarkers() const { return m_problemMarkers; }
    /// Media breaks and hand-offs of the end-to-end analysis; an empty overlay shows nothing.
    void setAnalysisOverlay(const AnalysisOverlay &overlay);
    const AnalysisOverlay &analysisOverlay() const { return m_analysisOverlay; }
    /// Tokens of a walk-through (workshop mode), drawn over everything else.
    void setTokenHighlight(const TokenHighlight &tokens);
    const TokenHighlight &tokenHighlight() const { return m_tokenHighlight; }
    static constexpr qreal kMinZoom = 0.05;
    static constexpr qreal kMaxZoom = 8.0;

public Q_SLOTS:
    /// Sets the zoom (clamped to kMinZoom..kMaxZoom), keeping the view centre in place.
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    /// Shows the whole diagram (at most 100 %).
    void fitToWindow();

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void applyZoom(qreal zoom);

    bool m_panning = false;
    bool m_spaceHeld = false; ///< space held: a left drag pans
    QPoint m_panLast;
    ElementHighlights m_highlights;
    ProblemMarkers m_problemMarkers;
    AnalysisOverlay m_analysisOverlay;
    TokenHighlight m_tokenHighlight;
    std::unique_ptr<CreatePreview> m_dropPreview; ///< while a palette entry is dragged over
};

} // namespace amtsweg
