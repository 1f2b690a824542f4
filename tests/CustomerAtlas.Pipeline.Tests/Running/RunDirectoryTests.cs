using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Pipeline.Tests.Running;

public sealed class RunDirectoryTests
{
    [Fact]
    public async Task A_failed_write_leaves_the_previous_run_untouched_and_no_temporary_folder()
    {
        using var parent = new TempDirectory("atlas-rd-");
        string target = parent.PathOf("out");
        Directory.CreateDirectory(target);
        await File.WriteAllTextAsync(Path.Combine(target, "model.json"), "old");

        await Assert.ThrowsAsync<IOException>(() => RunDirectory.WriteAsync(target, async dir =>
        {
            await File.WriteAllTextAsync(Path.Combine(dir, "model.json"), "new");
            throw new IOException("disk full");
        }));
        Assert.Equal("old", await File.ReadAllTextAsync(Path.Combine(target, "model.json")));
        Assert.Equal([target], Directory.GetDirectories(parent.FullName));

        await RunDirectory.WriteAsync(target, dir => File.WriteAllTextAsync(Path.Combine(dir, "model.json"), "new"));
        Assert.Equal("new", await File.ReadAllTextAsync(Path.Combine(target, "model.json")));
        Assert.Equal([target], Directory.GetDirectories(parent.FullName));
    }
}
