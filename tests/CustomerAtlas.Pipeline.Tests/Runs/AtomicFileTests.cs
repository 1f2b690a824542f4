using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Pipeline.Tests.Runs;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempDirectory _dir = new("atlas-atomic-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_write_replaces_the_file_and_leaves_nothing_else()
    {
        string path = _dir.PathOf("out.csv");
        File.WriteAllText(path, "old");
        AtomicFile.Write(path, temp => File.WriteAllText(temp, "new"));
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_dir.FullName));
    }

    [Fact]
    public void A_failed_write_keeps_the_old_file_and_removes_the_temporary()
    {
        string path = _dir.PathOf("out.csv");
        File.WriteAllText(path, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, temp =>
        {
            File.WriteAllText(temp, "half");
            throw new InvalidOperationException("disk full");
        }));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_dir.FullName));
    }
}
