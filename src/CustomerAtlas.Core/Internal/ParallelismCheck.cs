namespace CustomerAtlas.Core.Internal;

/// <summary>Validation of the <c>maxDegreeOfParallelism</c> convention (-1 = all cores, else ≥ 1).</summary>
public static class ParallelismCheck
{
    /// <summary>True when <paramref name="maxDegreeOfParallelism"/> is -1 or positive.</summary>
    public static bool IsValid(int maxDegreeOfParallelism) => maxDegreeOfParallelism == -1 || maxDegreeOfParallelism >= 1;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the parameter unless it is -1 or positive.</summary>
    public static void Ensure(int maxDegreeOfParallelism, string parameter = "maxDegreeOfParallelism")
    {
        if (!IsValid(maxDegreeOfParallelism))
        {
            throw new ArgumentException($"{parameter} must be -1 (all cores) or at least 1, got {maxDegreeOfParallelism}.", parameter);
        }
    }
}
