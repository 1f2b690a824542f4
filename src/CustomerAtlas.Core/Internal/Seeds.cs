namespace CustomerAtlas.Core.Internal;

/// <summary>Seeding conventions shared by every randomized algorithm.</summary>
public static class Seeds
{
    /// <summary>
    /// The seed used when options leave <c>Seed</c> unset, so every run is reproducible by default.
    /// </summary>
    public const int Default = 42;

    /// <summary>A generator for <paramref name="seed"/> (or <see cref="Default"/>).</summary>
    /// <remarks><see cref="Random(int)"/> is stable across runtimes and platforms for a given seed.</remarks>
    public static Random Create(int? seed) => new(seed ?? Default);

    /// <summary>
    /// A generator for sub-task <paramref name="stream"/> of a seeded run (e.g. restart 3),
    /// independent of how many threads run the sub-tasks.
    /// </summary>
    public static Random Derive(int? seed, int stream) =>
        new(unchecked(((seed ?? Default) * 1_000_003) ^ (stream * 7919) ^ 0x5bd1e995));
}
