using System.Diagnostics;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// The search's two limits: the planned work (<see cref="SelectionOptions.Budget"/>, charged in the
/// reference seconds of <see cref="SearchCost"/>, which decides deterministically what runs) and the
/// wall-clock <see cref="SelectionOptions.TimeLimit"/>, a safety stop on machines far slower than the
/// reference (when it binds, the result depends on the machine and <see cref="TimeLimitReached"/> says so).
/// </summary>
internal sealed class SearchBudget(TimeSpan planned, TimeSpan timeLimit)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Reference seconds charged so far.</summary>
    public double Spent { get; private set; }

    /// <summary>Wall-clock time since the search started.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>
    /// Wall-clock time left before the time limit: zero once it has passed, and at most what
    /// <see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/> accepts (about 49 days), so it can always be passed there.
    /// </summary>
    public TimeSpan WallClockLeft
    {
        get
        {
            var left = timeLimit - _clock.Elapsed;
            return left <= TimeSpan.Zero ? TimeSpan.Zero : left > LongestDelay ? LongestDelay : left;
        }
    }

    private static readonly TimeSpan LongestDelay = TimeSpan.FromMilliseconds(uint.MaxValue - 1.0);

    /// <summary>True once the time limit stopped or skipped some work.</summary>
    public bool TimeLimitReached { get; private set; }

    /// <summary>True when <paramref name="estimate"/> more reference seconds stay within <paramref name="share"/> of the planned budget.</summary>
    public bool Affords(double estimate, double share = 1) => Spent + estimate <= planned.TotalSeconds * share;

    /// <summary>True when the planned budget's <paramref name="share"/> is used up.</summary>
    public bool Exhausted(double share = 1) => Spent >= planned.TotalSeconds * share;

    /// <summary>Charges <paramref name="estimate"/> reference seconds.</summary>
    public void Charge(double estimate) => Spent += estimate;

    /// <summary>
    /// True (and remembered) when the time limit has passed or already stopped work, so no more work may start.
    /// Sticky: a timer may cancel a fit a moment before the stopwatch reaches the limit.
    /// </summary>
    public bool OutOfTime()
    {
        if (!TimeLimitReached && WallClockLeft > TimeSpan.Zero)
        {
            return false;
        }

        TimeLimitReached = true;
        return true;
    }

    /// <summary>Records that the time limit stopped work under way.</summary>
    public void MarkTimeLimitReached() => TimeLimitReached = true;
}
