using System.Reflection;

namespace CustomerAtlas.Bench.Quality;

/// <summary>Every <see cref="IQualityAdapter"/> in this assembly, ordered by name.</summary>
internal static class AdapterRegistry
{
    public static IReadOnlyList<IQualityAdapter> All { get; } =
    [
        .. typeof(AdapterRegistry).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IQualityAdapter).IsAssignableFrom(t))
            .Select(t => (IQualityAdapter)Activator.CreateInstance(t)!)
            .OrderBy(a => a.Name, StringComparer.Ordinal),
    ];
}
