using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Tests.Validation;

public class ValidationTests
{
    [Fact]
    public void AllProblemsAreReportedAndTheFirstIsNamed()
    {
        var errors = new ParameterErrors()
            .Require(false, "K", "must be at least 1")
            .Require(true, "Seed", "never")
            .Require(false, "MaxIterations", "must be positive");
        var ex = Assert.Throws<ArgumentException>(errors.ThrowIfAny);
        Assert.Equal("K", ex.ParamName);
        Assert.Contains("MaxIterations", ex.Message);
    }

    [Fact]
    public void NonFiniteValuesAreLocated()
    {
        var m = Matrix<double>.FromRows([[1, 2], [3, double.NaN]]);
        var ex = Assert.Throws<ArgumentException>(() => DataChecks.EnsureUsable(m));
        Assert.Contains("row 1, column 1", ex.Message);
    }

    [Fact]
    public void EmptyDataIsRejected()
    {
        Assert.Throws<ArgumentException>(() => DataChecks.EnsureUsable(new Matrix<double>(0, 3)));
    }
}
