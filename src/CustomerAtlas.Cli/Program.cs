return await CustomerAtlas.Cli.AtlasCli.RunAsync(args).ConfigureAwait(false);
