job "remove" {
  group "g" {
    task "cores" {
      driver = "ecs"

      resources {
        cpu    = 1
        memory = 10
      }
    }

    task "cores-and-cpu" {
      driver = "ecs"

      resources {
        cpu    = 1
        memory = 10
      }
    }

    task "memory-max" {
      driver = "ecs"

      resources {
        cpu    = 1
        memory = 10
      }
    }

    task "device" {
      driver = "ecs"

      resources {
        cpu    = 1
        memory = 10
      }
    }
  }
}
