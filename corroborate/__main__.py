from corroborate.cli import main

if __name__ == "__main__":  # not when a build process of the app is started ("spawn" imports this module)
    main()
