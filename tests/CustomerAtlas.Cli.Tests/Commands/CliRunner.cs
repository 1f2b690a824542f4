using System.Text;
using Spectre.Console;

namespace CustomerAtlas.Cli.Tests.Commands;

/// <summary>Runs <c>atlas</c> in process with captured output, in a scratch folder.</summary>
internal sealed class CliRunner : IDisposable
{
    private readonly TempDirectory _folder = new("atlas-cli-");

    public string Folder => _folder.FullName;

    public string OutDir => _folder.PathOf("out");

    public string File(string name, string text) => _folder.WriteText(name, text);

    public string Bytes(string name, byte[] bytes)
    {
        string path = _folder.PathOf(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No, Ansi = AnsiSupport.No });
        int code = await AtlasCli.RunAsync(args, console, error, output);
        return (code, output.ToString(), error.ToString());
    }

    public static string Transactions(int customers, int ordersEach = 3)
    {
        var sb = new StringBuilder("customer_id,order_id,order_date,quantity,unit_price\n");
        int order = 1;
        for (int c = 0; c < customers; c++)
        {
            for (int o = 0; o < ordersEach + (c % 3); o++)
            {
                sb.Append($"C{c},{order++},2024-{1 + (o % 12):00}-{1 + (c % 27):00} 10:00:00,{1 + (c % 5)},{2.5 + (c % 7)}\n");
            }
        }

        return sb.ToString();
    }

    public void Dispose() => _folder.Dispose();
}
