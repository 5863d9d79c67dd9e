#pragma once
// A document shown in an editing canvas (DiagramView + DiagramScene) under the offscreen
// platform, driven through the viewport with QTest, for the GUI tests of tests/views.
// Header-only: only tests that link amtsweg_views include it.

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "xml/bpmnreader.h"

#include <QUndoStack>
#include <QtTest/QtTest>

#include <memory>

namespace amtsweg::test {

/// A document shown in a view, driven through the viewport.
struct Canvas
{
    std::unique_ptr<BpmnDocument> doc;
    std::unique_ptr<DiagramView> view;
    DiagramScene *scene = nullptr;

    explicit Canvas(std::unique_ptr<BpmnDocument> document) : doc(std::move(document))
    {
        view = std::make_unique<DiagramView>();
        scene = new DiagramScene(view.get());
        scene->setDocument(doc.get(), di::diagrams(doc->tree()).front());
        view->setScene(scene);
        view->resize(1000, 800);
        view->show();
        view->resetZoom();
        view->centerOn(QPointF(400, 300));
    }
    static std::unique_ptr<BpmnDocument> read(const char *xml)
    {
        ReadResult r = BpmnReader::readBytes(QByteArray(xml), QStringLiteral("test"));
        return std::make_unique<BpmnDocument>(std::move(r.tree));
    }
    NodeId id(const char *s) const { return doc->tree().byId(s); }
    QRectF boundsOf(NodeId di) const { return *di::bounds(doc->tree(), di); }
    QRectF boundsOf(const char *diId) const { return boundsOf(id(diId)); }
    QPoint at(const QPointF &p) const { return view->mapFromScene(p); }
    QWidget *viewport() const { return view->viewport(); }
    QUndoStack *undo() const { return doc->undoStack(); }
    void click(const QPointF &p, Qt::KeyboardModifiers mods = {}) const
    {
        QTest::mouseClick(viewport(), Qt::LeftButton, mods, at(p));
    }
    void drag(const QPointF &from, const QPointF &to) const
    {
        QTest::mousePress(viewport(), Qt::LeftButton, {}, at(from));
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(viewport(), at(from + (to - from) * i / 5.0));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, at(to));
    }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = {}) const
    {
        QTest::keyClick(viewport(), k, mods);
    }
};

} // namespace amtsweg::test
