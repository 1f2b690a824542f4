using System.Globalization;
using System.Text;

namespace CustomerAtlas.Bench.ScaleOut;

/// <summary>
/// The generated event log of the scale-out bench: customer_id, ts, amount. Seeded, so every size and target
/// reads the same rows; customers are skewed (id = u² · customers) so a few buy often and most rarely.
/// </summary>
public static class EventLogGenerator
{
    /// <summary>Path of the log for a size inside <paramref name="directory"/>.</summary>
    public static string PathFor(string directory, long events, long customers) =>
        Path.Combine(directory, $"atlas-scaleout-{events}-{customers}.csv");

    /// <summary>Writes the log unless it exists (temp file + rename, so a half-written file is never reused).</summary>
    public static void EnsureFile(string path, long events, long customers)
    {
        if (File.Exists(path))
        {
            return;
        }

        var rng = new Random(42);
        var start = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write("customer_id,ts,amount\n");
            for (long i = 0; i < events; i++)
            {
                var customer = (long)(Math.Pow(rng.NextDouble(), 2) * customers);
                var ts = start.AddSeconds(rng.Next(0, 730 * 86400));
                var amount = Math.Round(5 + rng.NextDouble() * (customer % 7 + 1) * 40, 2);
                writer.Write(customer.ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(ts.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(amount.ToString(CultureInfo.InvariantCulture));
                writer.Write('\n');
            }
        }

        File.Move(temp, path, overwrite: true);
    }
}
