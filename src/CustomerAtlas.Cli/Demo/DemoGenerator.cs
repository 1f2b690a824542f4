using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace CustomerAtlas.Cli.Demo;

/// <summary>
/// A synthetic online shop's transaction log with six customer personas (champions, loyal
/// regulars, lapsed one-timers, newcomers, bulk buyers, serial returners) over two years.
/// Seeded: the same arguments always give the same bytes.
/// </summary>
public static class DemoGenerator
{
    /// <summary>Default number of customers of the bundled file.</summary>
    public const int DefaultCustomers = 3000;

    /// <summary>Default seed of the bundled file.</summary>
    public const int DefaultSeed = 7;

    private static readonly DateTime Start = new(2023, 7, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private const int Days = 730;
    private static readonly string[] Categories = ["Home", "Garden", "Kitchen", "Toys", "Books", "Apparel"];
    private static readonly string[] Channels = ["web", "store", "app"];

    private sealed record Persona(string Name, double Weight, double FirstDayMin, double FirstDayMax, double GapDays, double StopAfterDays,
        double PriceScale, double QuantityMean, double ReturnRate, int Category, double ChannelWeb);

    private static readonly Persona[] Personas =
    [
        new("champion", 0.12, 0, 200, 25, 9999, 1.6, 3, 0.02, 0, 0.6),
        new("loyal", 0.23, 0, 400, 55, 9999, 1.0, 2, 0.03, 2, 0.4),
        new("lapsed", 0.25, 0, 300, 90, 120, 0.8, 2, 0.05, 4, 0.5),
        new("new", 0.15, Days - 75, Days - 1, 30, 9999, 1.0, 2, 0.03, 5, 0.8),
        new("bulk", 0.10, 0, 300, 70, 9999, 0.7, 24, 0.08, 1, 0.3),
        new("returner", 0.15, 100, 500, 60, 9999, 1.1, 2, 0.35, 5, 0.9),
    ];

    /// <summary>Writes the log to <paramref name="path"/> (gzip when it ends in .gz); returns the number of lines.</summary>
    public static long Write(string path, int customers, int seed)
    {
        ArgumentNullException.ThrowIfNull(path);
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        string temp = path + ".tmp";
        long lines;
        using (var file = File.Create(temp))
        using (Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.SmallestSize) : file)
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            lines = Generate(writer, customers, seed);
        }

        File.Move(temp, path, overwrite: true);
        return lines;
    }

    /// <summary>Writes the CSV text (header and lines) to <paramref name="writer"/>; returns the number of lines.</summary>
    public static long Generate(TextWriter writer, int customers, int seed)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var random = new Random(seed);
        writer.WriteLine("customer_id,order_id,order_date,product_code,category,channel,quantity,unit_price");
        var events = new List<(DateTime When, string Line)>();
        int order = 100000;
        for (int c = 0; c < customers; c++)
        {
            var p = PickPersona(random);
            string customer = (10001 + c).ToString(CultureInfo.InvariantCulture);
            double day = p.FirstDayMin + (random.NextDouble() * (p.FirstDayMax - p.FirstDayMin));
            double first = day;
            while (day < Days && day - first <= p.StopAfterDays)
            {
                var when = Start.AddDays(day).AddMinutes(random.Next(8 * 60, 21 * 60));
                string id = (order++).ToString(CultureInfo.InvariantCulture);
                string channel = random.NextDouble() < p.ChannelWeb ? Channels[0] : Channels[1 + random.Next(2)];
                int items = 1 + random.Next(3);
                for (int i = 0; i < items; i++)
                {
                    int category = random.NextDouble() < 0.6 ? p.Category : random.Next(Categories.Length);
                    int product = (category * 20) + random.Next(20);
                    double price = Math.Round((2 + (product % 20 * 1.5)) * p.PriceScale * (0.9 + (0.2 * random.NextDouble())), 2);
                    int quantity = Math.Max(1, (int)Math.Round(p.QuantityMean * (0.5 + random.NextDouble())));
                    events.Add((when, Line(customer, id, when, product, category, channel, quantity, price)));
                    if (random.NextDouble() < p.ReturnRate)
                    {
                        var back = when.AddDays(3 + random.Next(20));
                        events.Add((back, Line(customer, "C" + id, back, product, category, channel, -quantity, price)));
                    }
                }

                day += -p.GapDays * Math.Log(1 - random.NextDouble());
            }
        }

        foreach (var e in events.OrderBy(e => e.When).ThenBy(e => e.Line, StringComparer.Ordinal))
        {
            writer.WriteLine(e.Line);
        }

        return events.Count;
    }

    private static Persona PickPersona(Random random)
    {
        double u = random.NextDouble();
        foreach (var p in Personas)
        {
            if ((u -= p.Weight) < 0)
            {
                return p;
            }
        }

        return Personas[^1];
    }

    private static string Line(string customer, string order, DateTime when, int product, int category, string channel, int quantity, double price) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{customer},{order},{when:yyyy-MM-dd HH:mm:ss},P{product:000},{Categories[category]},{channel},{quantity},{price:0.00}");
}
