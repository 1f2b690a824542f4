using System.Reflection;

namespace CustomerAtlas.Bench.Perf;

/// <summary>The registry: every <see cref="IPerfCaseSource"/> in this assembly, in a stable order.</summary>
public static class PerfCases
{
    /// <summary>All cases, ordered by group then id.</summary>
    public static IReadOnlyList<IPerfCase> All { get; } = Discover();

    /// <summary>The case with <paramref name="id"/>.</summary>
    public static IPerfCase Find(string id) =>
        All.FirstOrDefault(c => c.Id == id) ?? throw new ArgumentException($"No perf case '{id}'.", nameof(id));

    private static IReadOnlyList<IPerfCase> Discover() =>
        typeof(PerfCases).Assembly.GetTypes()
            .Where(t => typeof(IPerfCaseSource).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => ((IPerfCaseSource)Activator.CreateInstance(t)!).Cases())
            .ToList();
}
