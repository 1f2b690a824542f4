using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

public class SearchBudgetTests
{
    [Fact]
    public void Charges_add_up_against_the_planned_share()
    {
        var budget = new SearchBudget(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5));
        Assert.True(budget.Affords(6, share: 0.6));
        budget.Charge(4);
        Assert.True(budget.Affords(2, share: 0.6));
        Assert.False(budget.Affords(2.5, share: 0.6));
        Assert.True(budget.Affords(6));
        Assert.False(budget.Exhausted());
        budget.Charge(6);
        Assert.True(budget.Exhausted());
        Assert.Equal(10, budget.Spent);
    }

    [Fact]
    public void The_time_limit_is_sticky_once_it_stopped_work()
    {
        var budget = new SearchBudget(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5));
        Assert.False(budget.OutOfTime());
        budget.MarkTimeLimitReached();
        Assert.True(budget.OutOfTime());
        Assert.True(budget.TimeLimitReached);
    }

    [Fact]
    public void Wall_clock_left_is_never_negative_nor_beyond_what_CancelAfter_accepts()
    {
        var passed = new SearchBudget(TimeSpan.FromSeconds(1), TimeSpan.FromTicks(1));
        Thread.Sleep(5);
        Assert.Equal(TimeSpan.Zero, passed.WallClockLeft);
        Assert.True(passed.OutOfTime());

        var huge = new SearchBudget(TimeSpan.FromDays(1000), TimeSpan.FromDays(3000));
        using var source = new CancellationTokenSource();
        source.CancelAfter(huge.WallClockLeft);
        Assert.InRange(huge.WallClockLeft, TimeSpan.FromDays(49), TimeSpan.FromDays(50));
    }
}
