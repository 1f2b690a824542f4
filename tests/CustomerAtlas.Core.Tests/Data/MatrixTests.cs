using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Tests.Data;

public class MatrixTests
{
    [Fact]
    public void RowsAreContiguousRowMajor()
    {
        var m = Matrix<double>.FromRows([[1, 2, 3], [4, 5, 6]]);
        Assert.Equal([4.0, 5, 6], m.RowReadOnly(1).ToArray());
        Assert.Equal(6.0, m[1, 2]);
        Assert.Equal([1.0, 2, 3, 4, 5, 6], m.Values);
    }

    [Fact]
    public void WrongLengthIsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Matrix<float>(2, 2, new float[3]));
        Assert.Equal("values", ex.ParamName);
    }

    [Fact]
    public void RaggedRowsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => Matrix<double>.FromRows([[1, 2], [3]]));
    }

    [Fact]
    public void SelectRowsCopiesInOrder()
    {
        var m = Matrix<double>.FromRows([[1, 2], [3, 4], [5, 6]]);
        var s = m.SelectRows([2, 0]);
        Assert.Equal([5.0, 6, 1, 2], s.Values);
    }
}
