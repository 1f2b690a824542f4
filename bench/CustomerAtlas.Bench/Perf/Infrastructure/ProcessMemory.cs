namespace CustomerAtlas.Bench.Perf;

/// <summary>Memory figures of this process from /proc/self/status.</summary>
public static class ProcessMemory
{
    /// <summary>Peak resident set (VmHWM) in MiB; NaN where /proc is unavailable.</summary>
    public static double PeakRssMb() => Field("VmHWM");

    /// <summary>Current resident set (VmRSS) in MiB.</summary>
    public static double RssMb() => Field("VmRSS");

    private static double Field(string name)
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path))
        {
            return double.NaN;
        }

        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith(name + ":", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
            }
        }

        return double.NaN;
    }
}
