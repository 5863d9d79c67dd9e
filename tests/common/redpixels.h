#pragma once
// Counting the pixels of an image that show the red of the analysis overlay's media-break
// marks (and of nothing else Amtsweg draws by default). Header-only: for tests with QtGui.

#include <QColor>
#include <QImage>
#include <QRect>

namespace amtsweg::test {

/// Pixels close to the media-break red within `rect` (the whole image when null).
inline int redPixels(const QImage &image, QRect rect = {})
{
    const QRect r = rect.isNull() ? image.rect() : rect.intersected(image.rect());
    int count = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += c.red() > 180 && c.green() < 120 && c.blue() < 120;
        }
    return count;
}

} // namespace amtsweg::test
