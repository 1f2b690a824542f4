using CustomerAtlas.Cli;
using CustomerAtlas.Server.Security;
using Spectre.Console;

namespace CustomerAtlas.Cli.Tests.Commands;

/// <summary>Usage errors of serve, export and keys: a clear message and exit code 2, never a stack trace.</summary>
public sealed class ServeExportKeysCommandTests : IDisposable
{
    private readonly TempDirectory dir = new("atlas-cli-");
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose() => dir.Dispose();

    private Task<int> RunAsync(params string[] args) =>
        AtlasCli.RunAsync(args, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }), error);

    [Fact]
    public async Task Serve_needs_exactly_one_source()
    {
        Assert.Equal(ExitCodes.BadInput, await RunAsync("serve"));
        Assert.Contains("exactly one of --model", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, await RunAsync("serve", "--model", dir.FullName, "--store", "Host=127.0.0.1"));
    }

    [Fact]
    public async Task Serve_of_a_folder_that_is_not_a_run_names_the_missing_file()
    {
        Assert.Equal(ExitCodes.BadInput, await RunAsync("serve", "--model", dir.FullName));
        Assert.Contains("model.json", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_to_an_unreachable_server_is_a_clear_input_error()
    {
        Assert.Equal(ExitCodes.BadInput, await RunAsync("export", dir.FullName, "--to", "Host=127.0.0.1;Port=1;Database=x;Timeout=2"));
        Assert.StartsWith("error: ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_add_prints_a_key_that_the_file_knows_only_by_hash()
    {
        string file = dir.PathOf("keys.json");
        Assert.Equal(ExitCodes.Ok, await RunAsync("keys", "add", file, "--name", "crm", "--scopes", "read,score"));
        string key = output.ToString().Trim().Split('\n')[^1].Trim();
        Assert.StartsWith("atlas_", key, StringComparison.Ordinal);
        Assert.Equal("crm", new ApiKeyRegistry(ApiKeyFile.Load(file)).Find(key)?.Name);
        Assert.DoesNotContain(key, File.ReadAllText(file), StringComparison.Ordinal);

        Assert.Equal(ExitCodes.BadInput, await RunAsync("keys", "add", file, "--name", "other", "--scopes", "admin"));
        Assert.Contains("admin", error.ToString(), StringComparison.Ordinal);
    }
}
