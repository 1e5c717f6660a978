# Literal values are set to the minimum; the alignment of the block stays nomad fmt's.
job "values" {
  group "g" {
    task "web" {
      driver = "ecs"

      resources {
        cpu    = 1
        memory = 10
      }
    }

    task "quoted" {
      driver = "ecs"

      resources {
        cpu    = 1
        memory = 10
      }
    }

    task "local" {
      driver = "docker"

      resources {
        cpu    = 500
        memory = 1024
      }
    }
  }
}
