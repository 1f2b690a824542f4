using System.Globalization;
using System.IO.Compression;
using System.Text;
using CustomerAtlas.Pipeline.Runs;

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
    private const int ProductLines = 6;

    // Personas differ in behaviour (how often, how much, how recently, how long, basket, returns),
    // each on its own few dimensions and by comparable margins, so no single persona dominates the
    // geometry. The log has no category or channel column: with a handful of orders per customer,
    // per-customer category and channel shares are mostly sampling noise, and noise dimensions
    // (not personas) then decided the segments. A favourite product line (FavouriteShare of the
    // items) still varies how many distinct products customers buy.
    private sealed record Persona(string Name, double Weight, double FirstDayMin, double FirstDayMax, double GapDays, double StopAfterDays,
        double PriceScale, double QuantityMean, double ReturnRate, int ProductLine);

    private const double FavouriteShare = 0.6;

    private static readonly Persona[] Personas =
    [
        new("champion", 0.12, 0, 150, 12, 9999, 1.6, 3, 0.02, 0),
        new("loyal", 0.23, 0, 300, 40, 9999, 1.0, 2, 0.03, 2),
        new("lapsed", 0.25, 0, 350, 45, 90, 0.9, 2, 0.04, 4),
        new("new", 0.15, Days - 60, Days - 1, 20, 9999, 1.0, 2, 0.03, 5),
        new("bulk", 0.10, 0, 300, 60, 9999, 0.8, 9, 0.05, 1),
        new("returner", 0.15, 100, 450, 45, 9999, 1.1, 2, 0.35, 3),
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

        long lines = 0;
        AtomicFile.Write(path, temp =>
        {
            using var file = File.Create(temp);
            using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
            using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
            lines = Generate(writer, customers, seed);
        });
        return lines;
    }

    /// <summary>Writes the CSV text (header and lines) to <paramref name="writer"/>; returns the number of lines.</summary>
    /// <param name="writer">Where the CSV goes.</param>
    /// <param name="customers">Number of customers.</param>
    /// <param name="seed">Random seed (same seed, same text).</param>
    /// <param name="personaOf">
    /// Optional: called with each customer id and the persona it was drawn from ("champion", "loyal",
    /// "lapsed", "new", "bulk", "returner"), the planted truth a segmentation can be checked against.
    /// </param>
    public static long Generate(TextWriter writer, int customers, int seed, Action<string, string>? personaOf = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var random = new Random(seed);
        writer.WriteLine("customer_id,order_id,order_date,product_code,quantity,unit_price");
        var events = new List<(DateTime When, string Line)>();
        int order = 100000;
        for (int c = 0; c < customers; c++)
        {
            var p = PickPersona(random);
            string customer = (10001 + c).ToString(CultureInfo.InvariantCulture);
            personaOf?.Invoke(customer, p.Name);
            double day = p.FirstDayMin + (random.NextDouble() * (p.FirstDayMax - p.FirstDayMin));
            double first = day;
            while (day < Days && day - first <= p.StopAfterDays)
            {
                var when = Start.AddDays(day).AddMinutes(random.Next(8 * 60, 21 * 60));
                string id = (order++).ToString(CultureInfo.InvariantCulture);
                int items = 1 + random.Next(3);
                for (int i = 0; i < items; i++)
                {
                    int line = random.NextDouble() < FavouriteShare ? p.ProductLine : random.Next(ProductLines);
                    int product = (line * 20) + random.Next(20);
                    double price = Math.Round((2 + (product % 20 * 1.5)) * p.PriceScale * (0.9 + (0.2 * random.NextDouble())), 2);
                    int quantity = Math.Max(1, (int)Math.Round(p.QuantityMean * (0.5 + random.NextDouble())));
                    events.Add((when, Line(customer, id, when, product, quantity, price)));
                    if (random.NextDouble() < p.ReturnRate)
                    {
                        var back = when.AddDays(3 + random.Next(20));
                        events.Add((back, Line(customer, "C" + id, back, product, -quantity, price)));
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

    private static string Line(string customer, string order, DateTime when, int product, int quantity, double price) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{customer},{order},{when:yyyy-MM-dd HH:mm:ss},P{product:000},{quantity},{price:0.00}");
}
