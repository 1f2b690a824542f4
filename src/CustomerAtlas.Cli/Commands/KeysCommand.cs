using System.CommandLine;
using CustomerAtlas.Server.Security;
using Spectre.Console;

namespace CustomerAtlas.Cli.Commands;

/// <summary><c>atlas keys add FILE --name NAME --scopes read,score</c>: creates an API key for <c>atlas serve --keys</c>.</summary>
public static class KeysCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Key file to create or extend (holds only SHA-256 hashes)" };
        var name = new Option<string>("--name") { Description = "Who the key is for (unique in the file)", Required = true };
        var scopes = new Option<string>("--scopes") { Description = $"Comma-separated scopes: {string.Join(", ", Scopes.All)}", DefaultValueFactory = _ => Scopes.Read };
        var rate = new Option<int?>("--rate") { Description = "This key's requests per minute (default: the server's --rate)" };
        var add = new Command("add", "Create a key, store its hash in FILE and print the key once.\n\n"
            + "Example:\n  atlas keys add keys.json --name crm --scopes read,score");
        add.Arguments.Add(file);
        add.Options.Add(name);
        add.Options.Add(scopes);
        add.Options.Add(rate);
        add.SetAction(parse =>
        {
            var scopeList = parse.GetValue(scopes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            string path = parse.GetValue(file)!;
            string key = ApiKeyFile.AddKey(path, parse.GetValue(name)!, scopeList, parse.GetValue(rate));
            context.Console.MarkupLine($"Added key [green]{Markup.Escape(parse.GetValue(name)!)}[/] to {Markup.Escape(path)}. The key (shown only now):");
            context.Console.WriteLine(key);
            return ExitCodes.Ok;
        });
        var command = new Command("keys", "Manage API keys for `atlas serve --keys`.");
        command.Subcommands.Add(add);
        return command;
    }
}
