System.Console.WriteLine(EntityScreen.ScriptDetector.Detect("abc"));
return 0;
