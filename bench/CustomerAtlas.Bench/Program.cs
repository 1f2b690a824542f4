if (args.Length > 0 && args[0] == "scaleout") return await CustomerAtlas.Bench.ScaleOut.ScaleOutBench.RunAsync(args[1..]);
return 0;
