using System.Runtime.CompilerServices;

namespace CustomerAtlas.Core.Reduction.Embedding;

/// <summary>The heavy-tailed (Student t, one degree of freedom) similarity of t-SNE's map.</summary>
internal static class StudentKernel
{
    /// <summary>
    /// Adds the repulsion of <paramref name="mass"/> points at offset (<paramref name="dx"/>, <paramref name="dy"/>):
    /// with w = 1 / (1 + dx² + dy²), z += mass·w and f += mass·w²·(dx, dy).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Repel(double dx, double dy, double mass, ref double z, ref double fx, ref double fy)
    {
        double w = 1 / (1 + (dx * dx) + (dy * dy));
        double mw = mass * w;
        z += mw;
        fx += mw * w * dx;
        fy += mw * w * dy;
    }
}
