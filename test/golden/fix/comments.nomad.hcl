job "comments" {
  group "g" {
    task "web" {
      driver = "ecs"

      # Sized for the old EC2 hosts.
      resources {
        # CPU in MHz
        cpu    = 1  # two cores' worth
        memory = 10 // MB

        /* burst allowance */
      }
    }
  }
}
