using System.Globalization;

namespace CustomerAtlas.Bench.ScaleOut;

/// <summary>The markdown table the scale-out bench prints (one row per target and size).</summary>
public static class ScaleOutTable
{
    /// <summary>Prints the header.</summary>
    public static void PrintHeader()
    {
        Console.WriteLine("| target | events | customers | load s | features s | start (100k sample) s | 20 iterations s | s/iteration | client peak RSS MiB (after load / features / start / iterations) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
    }

    /// <summary>Prints one measurement.</summary>
    public static void PrintRow(ScaleOutMeasurement m)
    {
        ArgumentNullException.ThrowIfNull(m);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {m.Target} | {m.Events:N0} | {m.Customers:N0} | {m.LoadSeconds:F1} | {m.FeatureSeconds:F1} | {m.StartSeconds:F1} | {m.IterationSeconds:F1} | {m.SecondsPerIteration:F3} | {m.PeakRssMiB:F0} ({string.Join(" / ", m.PhasePeaksMiB.Select(p => p.ToString("F0", CultureInfo.InvariantCulture)))}) |"));
    }
}
