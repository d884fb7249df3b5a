process.stdout.write("tunnelscope\n");
