namespace CustomerAtlas.Core.Tests.Metrics;

/// <summary>Random labellings for property tests, driven by the FsCheck-supplied seed.</summary>
internal static class LabelGen
{
    /// <summary>n rows, labels in 0..k-1 with n &gt; k (so some group has two members).</summary>
    public static int[] Labels(Random random, int n, int k) =>
        Enumerable.Range(0, n).Select(_ => random.Next(k)).ToArray();

    /// <summary>Renames labels through a random bijection onto arbitrary (also negative) integers.</summary>
    public static int[] Rename(Random random, int[] labels)
    {
        var distinct = labels.Distinct().ToArray();
        var targets = Enumerable.Range(-5, distinct.Length + 10).OrderBy(_ => random.Next()).Take(distinct.Length).ToArray();
        var map = distinct.Zip(targets).ToDictionary(x => x.First, x => x.Second);
        return labels.Select(l => map[l]).ToArray();
    }
}
